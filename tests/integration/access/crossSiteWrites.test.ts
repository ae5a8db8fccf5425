import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owner } from '../../helpers/people.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

// Signed in, as a browser would be: the point is that a valid session cookie is not enough.
let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer({ ALLOWED_ORIGINS: 'http://localhost:5173' });
  cookie = (await owner(server.httpUrl)).cookie;
});
afterAll(async () => {
  await server.stop();
});

const createWith = (headers: Record<string, string>) =>
  fetch(`${server.httpUrl}/api/playbooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ title: 'CSRF-prøve', templateId: null }),
  });

describe('state-changing requests from other sites (CSRF)', () => {
  it('are refused with 403 when the browser says the request comes from another site', async () => {
    const attempts: Array<Record<string, string>> = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of attempts) {
      const response = await createWith(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'cross_site_request' });
    }
    // Nothing was created by any of them.
    const list = (await (await fetch(`${server.httpUrl}/api/playbooks?q=CSRF`, { headers: { cookie } })).json()) as {
      playbooks: unknown[];
    };
    expect(list.playbooks).toEqual([]);
  });

  it('go through from the app itself, from configured origins and from tools without browser headers', async () => {
    const own = `http://127.0.0.1:${server.port}`;
    expect((await createWith({ origin: own, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await createWith({ origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' })).status).toBe(201);
    expect((await createWith({})).status).toBe(201);
    // Reading is never blocked.
    expect(
      (await fetch(`${server.httpUrl}/api/playbooks`, { headers: { cookie, origin: 'https://evil.example' } })).status,
    ).toBe(200);
  });
});
