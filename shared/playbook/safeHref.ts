const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * `href` when it is an http(s), mailto or tel link, else null: exports and views never carry a link that
 * runs script (`javascript:`), loads data (`data:`) or points anywhere else unexpected. A raw client can
 * write any link attribute into the document, so the check happens where links leave it.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  // Browsers ignore tabs and line breaks inside a scheme ("java\tscript:"), so the URL parser decides.
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(url.protocol) ? trimmed : null;
}
