import type { Token } from 'marked';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references decoded (`&amp;`, `&#229;`); the result is plain text, never markup. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The plain text of inline tokens (formatting dropped, raw HTML kept as its literal text). */
export function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'text':
          return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(tokenText(token));
        case 'escape':
        case 'codespan':
        case 'html':
          return tokenText(token);
        case 'br':
          return '\n';
        case 'checkbox':
          return '';
        case 'image':
          return tokenText(token);
        default:
          return 'tokens' in token && token.tokens ? inlineText(token.tokens) : '';
      }
    })
    .join('');
}

/** A token's `text` (marked types most tokens loosely, so it is checked here once). */
export function tokenText(token: Token): string {
  const value: unknown = (token as { text?: unknown }).text;
  return typeof value === 'string' ? value : '';
}
