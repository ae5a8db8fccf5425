import type { Request, RequestHandler } from 'express';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { roleAtLeast } from '../../shared/access/playbookRole.js';
import type { AccessService, Caller } from '../access/AccessService.js';
import type { CallerResolver, ResolvedCaller } from '../access/resolveCaller.js';
import type { User } from '../identity/IdentityStore.js';
import { HttpError } from './HttpError.js';

declare global {
  // reason: Express types request extensions through this global namespace (declaration merging).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `attachCaller`: who sent the request (session cookie or bearer token), or null. */
      caller?: ResolvedCaller | null;
    }
  }
}

/** Middleware: finds the caller of every request; it never refuses one (routes decide, see below). */
export function attachCaller(resolveCaller: CallerResolver): RequestHandler {
  return async (req, _res, next) => {
    req.caller = await resolveCaller(req, { queryToken: false });
    next();
  };
}

export const notSignedIn = () => new HttpError(401, 'not_signed_in', 'Sign in first.');

/** The caller, or 401. */
export function requireCaller(req: Request): Caller {
  if (!req.caller) throw notSignedIn();
  return req.caller.caller;
}

/** A signed-in person (not a tool's token), or 401/403. */
export function requireUser(req: Request): User {
  const caller = requireCaller(req);
  if (caller.kind !== 'user') {
    throw new HttpError(403, 'people_only', 'Only people who sign in can do this, not access tokens.');
  }
  return caller.user;
}

/**
 * The caller's role in the playbook, checked against `needed`: 404 when they have none (an outsider cannot
 * tell a forbidden playbook from one that does not exist), 403 when they have a lesser one.
 */
export async function requireRole(
  access: AccessService,
  req: Request,
  playbookId: string,
  needed: PlaybookRole,
): Promise<{ caller: Caller; role: PlaybookRole }> {
  const caller = requireCaller(req);
  const role = await access.roleOf(caller, playbookId);
  if (!role) throw HttpError.notFound();
  if (!roleAtLeast(role, needed)) {
    throw new HttpError(403, 'forbidden', `This needs the ${needed} role in the playbook; you are ${role}.`);
  }
  return { caller, role };
}
