import { apiCall, type ApiAnswer } from '../../helpers/apiCall.js';

export const ADMIN = { email: 'Mette@Klippeo.dk', displayName: 'Mette Holm', password: 'fællessamtale-2026' };
export const SETUP_BODY = {
  organisation: { name: 'Klippeø Kommune, Jobcenter', kind: 'kommune' },
  administrator: ADMIN,
};

/** A JSON request to the API, optionally with the session cookie. */
export function authCall(
  httpUrl: string,
  method: string,
  path: string,
  body?: object,
  cookie?: string,
): Promise<ApiAnswer> {
  const headers: Record<string, string> = {};
  if (body) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  return apiCall(httpUrl, method, path, body, headers);
}

/** The `Set-Cookie` header of our session cookie, or undefined. */
export function sessionSetCookie(answer: ApiAnswer): string | undefined {
  return answer.headers.getSetCookie().find((c) => c.startsWith('drejebog_session='));
}

/** `drejebog_session=<token>`, as a browser sends it back. */
export function cookieOf(answer: ApiAnswer): string {
  const header = sessionSetCookie(answer);
  if (!header) throw new Error(`no session cookie (status ${answer.status}: ${answer.text})`);
  return header.split(';')[0]!;
}

export function signIn(httpUrl: string, email: string, password: string): Promise<ApiAnswer> {
  return authCall(httpUrl, 'POST', '/api/auth/sign-in', { email, password });
}
