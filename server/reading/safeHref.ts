// Only addresses a reader can follow without running anything: web pages, e-mail and phone numbers.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * `href` when it is an absolute http(s), mailto or tel address, else null (the text is then shown without
 * a link). `javascript:`, `data:`, relative and protocol-relative addresses are dropped.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? trimmed : null;
}

/** A `tel:` address for a phone number as people write it ("00 00 10 01", "+45 …"), or null. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : null;
}

/** A `mailto:` address for a plausible e-mail address, or null. */
export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(trimmed) ? `mailto:${trimmed}` : null;
}
