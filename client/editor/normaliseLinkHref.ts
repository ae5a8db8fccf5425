/** Protocols a link in a playbook may use. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * What people type into the link field, as a safe href: "star.dk" becomes "https://star.dk", an e-mail
 * address becomes "mailto:…". Null for anything else (including `javascript:` and other protocols).
 */
export function normaliseLinkHref(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  let candidate = text;
  if (/^[^@/:]+@[^@/:]+\.[a-z]{2,}$/i.test(text)) candidate = `mailto:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) candidate = `https://${text}`;
  try {
    const url = new URL(candidate);
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname.includes('.')) return null;
    return candidate;
  } catch {
    // reason: not a URL at all; the form says so.
    return null;
  }
}
