import type { RequestHandler } from 'express';
import { isAllowedOrigin } from './isAllowedOrigin.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated changes: a state-changing request made by a page of another
 * site is refused with 403, judged by the browser's own `Sec-Fetch-Site` header and, where that is missing,
 * by `Origin` (OWASP's "verify origin" defence; the session cookie's SameSite=Lax is the second layer).
 * Requests that carry neither come from tools, not browsers, and go on to authentication as usual.
 */
export function rejectCrossSiteWrites(allowedOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.headers['sec-fetch-site'];
    const sameSite = site === undefined || site === 'same-origin' || site === 'none';
    // A configured origin (the dev server, say) is another site to the browser but trusted by us.
    if ((sameSite || req.headers.origin !== undefined) && isAllowedOrigin(req, allowedOrigins)) return next();
    res.status(403).json({ code: 'cross_site_request', message: 'Requests from other websites are not accepted.' });
  };
}
