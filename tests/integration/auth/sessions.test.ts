import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../../server/identity/SessionService.js';
import { removeDataDir, startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { ADMIN, authCall, cookieOf, SETUP_BODY, sessionSetCookie, signIn } from './authClient.js';

describe('sessions', () => {
  let server: TestServer;
  let now: number;

  beforeEach(async () => {
    now = Date.now();
    server = await startPlaybookServer({}, { auth: { now: () => now } });
    expect((await authCall(server.httpUrl, 'POST', '/api/auth/setup', SETUP_BODY)).status).toBe(201);
  });
  afterEach(async () => {
    await server.stop();
    removeDataDir(server.dataDir);
  });

  const me = (cookie?: string) => authCall(server.httpUrl, 'GET', '/api/auth/me', undefined, cookie);

  it('answers me with the user and organisation when signed in, 401 otherwise', async () => {
    const cookie = cookieOf(await signIn(server.httpUrl, ADMIN.email, ADMIN.password));
    const answer = await me(cookie);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      user: { email: 'mette@klippeo.dk', isAdmin: true },
      organisation: { kind: 'kommune' },
    });
    expect(answer.text).not.toMatch(/passwordHash|scrypt/);

    expect(await me()).toMatchObject({ status: 401, body: { code: 'not_signed_in' } });
    expect((await me('drejebog_session=forged-token-value')).status).toBe(401);
  });

  it('ends a session after 12 hours without use', async () => {
    const cookie = cookieOf(await signIn(server.httpUrl, ADMIN.email, ADMIN.password));
    now += SESSION_IDLE_MS - 60_000;
    expect((await me(cookie)).status).toBe(200);
    now += SESSION_IDLE_MS + 1;
    expect(await me(cookie)).toMatchObject({ status: 401, body: { code: 'not_signed_in' } });
  });

  it('signs out this session only', async () => {
    const here = cookieOf(await signIn(server.httpUrl, ADMIN.email, ADMIN.password));
    const there = cookieOf(await signIn(server.httpUrl, ADMIN.email, ADMIN.password));
    const out = await authCall(server.httpUrl, 'POST', '/api/auth/sign-out', undefined, here);
    expect(out.status).toBe(204);
    expect(sessionSetCookie(out)).toMatch(/^drejebog_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await me(here)).status).toBe(401);
    expect((await me(there)).status).toBe(200);
    // Signing out without a session is harmless.
    expect((await authCall(server.httpUrl, 'POST', '/api/auth/sign-out')).status).toBe(204);
  });

  it('signs out everywhere', async () => {
    const cookies = [];
    for (let i = 0; i < 3; i++) cookies.push(cookieOf(await signIn(server.httpUrl, ADMIN.email, ADMIN.password)));
    const out = await authCall(server.httpUrl, 'POST', '/api/auth/sign-out-everywhere', undefined, cookies[0]);
    // Three sign-ins plus the session setup opened.
    expect(out).toMatchObject({ status: 200, body: { endedSessions: 4 } });
    for (const cookie of cookies) expect((await me(cookie)).status).toBe(401);
    expect((await authCall(server.httpUrl, 'POST', '/api/auth/sign-out-everywhere')).status).toBe(401);
  });
});
