import type { IncomingMessage } from 'node:http';
import type { SessionService } from '../identity/SessionService.js';
import { readSessionCookie } from '../http/sessionCookie.js';
import type { AccessService, Caller } from './AccessService.js';

/** Where a request's credentials came from: decides, for example, whether CSRF rules apply. */
export type CallerSource = 'cookie' | 'token';

/** Credentials on a request, checked: the caller, or null (none, or none that are valid). */
export interface ResolvedCaller {
  caller: Caller;
  source: CallerSource;
  /** The session token, when the caller came by cookie (to end this session on sign-out). */
  sessionToken: string | null;
}

/** `Authorization: Bearer <token>`, or null. */
function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(header);
  return match?.[1] ?? null;
}

/** `?token=<token>` of a websocket upgrade URL, or null. */
function queryToken(request: IncomingMessage): string | null {
  const url = request.url ?? '';
  const query = url.indexOf('?');
  if (query < 0) return null;
  const token = new URLSearchParams(url.slice(query + 1)).get('token');
  return token && /^[A-Za-z0-9_-]{1,128}$/.test(token) ? token : null;
}

/**
 * Finds who sent a request: a session cookie (browsers), else an access token in `Authorization: Bearer`
 * (HTTP) or in `?token=` (websocket upgrades; browsers cannot set headers on those). A cookie that names
 * no live session counts as none, so a browser signed out elsewhere can still use a token it holds.
 */
export function callerResolver(sessions: SessionService, access: AccessService) {
  return async (request: IncomingMessage, options: { queryToken: boolean }): Promise<ResolvedCaller | null> => {
    const sessionToken = readSessionCookie(request.headers.cookie);
    if (sessionToken) {
      const user = await sessions.resolve(sessionToken);
      if (user) return { caller: { kind: 'user', user }, source: 'cookie', sessionToken };
    }
    const secret = bearerToken(request) ?? (options.queryToken ? queryToken(request) : null);
    if (secret) {
      const token = await access.tokenFromSecret(secret);
      if (token) return { caller: { kind: 'token', token }, source: 'token', sessionToken: null };
    }
    return null;
  };
}

export type CallerResolver = ReturnType<typeof callerResolver>;
