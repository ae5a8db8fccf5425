import { afterEach, describe, expect, it } from 'vitest';
import { meSchema, tooManyAttemptsSchema } from '../../../shared/api/authApi.js';
import { removeDataDir, startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { ADMIN, authCall, SETUP_BODY, sessionSetCookie, signIn } from './authClient.js';

describe('sign-in', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.stop();
    removeDataDir(server.dataDir);
  });

  async function start(overrides: Record<string, string> = {}): Promise<void> {
    server = await startPlaybookServer(overrides);
    expect((await authCall(server.httpUrl, 'POST', '/api/auth/setup', SETUP_BODY)).status).toBe(201);
  }

  it('sets an HttpOnly, SameSite=Lax session cookie and answers who signed in', async () => {
    await start();
    const answer = await signIn(server.httpUrl, ' METTE@klippeo.dk', ADMIN.password);
    expect(answer.status).toBe(200);
    expect(meSchema.parse(answer.body).user.email).toBe('mette@klippeo.dk');
    const cookie = sessionSetCookie(answer)!;
    expect(cookie).toMatch(/^drejebog_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=604800/);
    // Plain HTTP on localhost: Secure would make the browser drop the cookie.
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when COOKIE_SECURE=true', async () => {
    await start({ COOKIE_SECURE: 'true' });
    const cookie = sessionSetCookie(await signIn(server.httpUrl, ADMIN.email, ADMIN.password))!;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    await start();
    const wrong = await signIn(server.httpUrl, ADMIN.email, 'not the password');
    const unknown = await signIn(server.httpUrl, 'nobody@klippeo.dk', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials' });
    expect(Object.keys(wrong.body as object).sort()).toEqual(['code', 'message']);
    expect(unknown.text).toBe(wrong.text);
    expect(sessionSetCookie(wrong)).toBeUndefined();
  });

  it('refuses further attempts after five failures and says when to retry', async () => {
    await start();
    for (let i = 0; i < 5; i++) expect((await signIn(server.httpUrl, ADMIN.email, `guess ${i}`)).status).toBe(401);

    // Even the right password waits: the attacker must not learn it was right.
    const locked = await signIn(server.httpUrl, ADMIN.email, ADMIN.password);
    expect(locked.status).toBe(429);
    const body = tooManyAttemptsSchema.parse(locked.body);
    expect(body.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(body.message).toMatch(/wait 15 minutes/i);
    expect(locked.headers.get('retry-after')).toBe(String(body.retryAfterSeconds));

    // Another address from the same machine is not locked out with it.
    expect((await signIn(server.httpUrl, 'other@klippeo.dk', 'x')).status).toBe(401);
  });

  it('limits a burst of parallel guesses as well', async () => {
    await start();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(server.httpUrl, ADMIN.email, `parallel guess ${i}`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('replaces the session the browser already had', async () => {
    await start();
    const first = sessionSetCookie(await signIn(server.httpUrl, ADMIN.email, ADMIN.password))!.split(';')[0]!;
    const again = await authCall(
      server.httpUrl,
      'POST',
      '/api/auth/sign-in',
      { email: ADMIN.email, password: ADMIN.password },
      first,
    );
    expect(again.status).toBe(200);
    expect((await authCall(server.httpUrl, 'GET', '/api/auth/me', undefined, first)).status).toBe(401);
  });

  it('answers 400 with a code for a malformed body', async () => {
    await start();
    const answer = await authCall(server.httpUrl, 'POST', '/api/auth/sign-in', { email: 'not an address' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'invalid_request' });
    expect((answer.body as { issues: string[] }).issues.join('\n')).toMatch(/email/);
  });
});
