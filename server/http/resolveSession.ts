import type { RequestHandler } from 'express';
import type { User } from '../identity/IdentityStore.js';
import type { SessionService } from '../identity/SessionService.js';
import { readSessionCookie } from './sessionCookie.js';

/** Who sent a request: the user and the token of their session. */
export interface SignedIn {
  user: User;
  token: string;
}

declare global {
  // reason: Express types request extensions through this global namespace (declaration merging).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `resolveSession`: the signed-in user, or null. Undefined on routes without it. */
      signedIn?: SignedIn | null;
    }
  }
}

/**
 * Middleware: reads the session cookie and attaches the signed-in user (or null) as `req.signedIn`. It
 * never refuses a request; routes decide what an anonymous caller may do.
 */
export function resolveSession(sessions: SessionService): RequestHandler {
  return async (req, _res, next) => {
    const token = readSessionCookie(req.headers.cookie);
    const user = token ? await sessions.resolve(token) : null;
    req.signedIn = user && token ? { user, token } : null;
    next();
  };
}
