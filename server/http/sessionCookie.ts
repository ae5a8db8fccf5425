import type { CookieOptions, Request, Response } from 'express';
import type { Config } from '../config.js';
import { SESSION_ABSOLUTE_MS } from '../identity/SessionService.js';

/** The one cookie of ours: the session token. */
export const SESSION_COOKIE = 'drejebog_session';

// HttpOnly: page scripts (and so injected ones) cannot read it. Lax: not sent on cross-site POSTs.
function options(config: Config, req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE || req.secure, path: '/' };
}

export function setSessionCookie(config: Config, req: Request, res: Response, token: string): void {
  // The browser may drop it at the absolute limit; the server enforces the idle limit itself.
  res.cookie(SESSION_COOKIE, token, { ...options(config, req), maxAge: SESSION_ABSOLUTE_MS });
}

export function clearSessionCookie(config: Config, req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, options(config, req));
}

/** The session token from a `Cookie` header, or null. Written out because cookie-parser is not a dependency. */
export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(eq + 1).trim();
    // Our tokens are base64url: anything else was not set by us and is ignored.
    return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : null;
  }
  return null;
}
