import type { IncomingMessage } from 'node:http';

/**
 * Whether a websocket upgrade may proceed as far as its Origin goes. Browsers always send Origin on a
 * websocket; a page of our own origin (same host as the request) or of a configured origin may connect,
 * any other page may not — otherwise a foreign site could open a socket with the user's cookies. Requests
 * without Origin come from tools, not browsers, and are left to authorisation.
 */
export function isAllowedOrigin(request: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.host === request.headers.host) return true;
  return allowedOrigins.includes(parsed.origin);
}
