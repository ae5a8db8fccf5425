const FOLDED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa', ß: 'ss' };
const MAX_STEM_CHARS = 80;

/**
 * A download file name from a playbook title: Danish letters folded (æ→ae, ø→oe, å→aa), other accents
 * dropped, anything but letters, digits and "-" turned into "-", at most 80 characters; "drejebog" when
 * nothing is left. Safe in a `Content-Disposition` header without quoting problems.
 */
export function exportFileName(title: string, extension: 'md' | 'docx' | 'pdf'): string {
  const stem = title
    .replace(/[æøåÆØÅß]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM_CHARS)
    .replace(/-+$/, '');
  return `${stem || 'drejebog'}.${extension}`;
}
