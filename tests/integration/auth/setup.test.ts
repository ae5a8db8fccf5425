import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meSchema } from '../../../shared/api/authApi.js';
import { apiCall } from '../../helpers/apiCall.js';
import { removeDataDir, startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { authCall, cookieOf, SETUP_BODY } from './authClient.js';

describe('first-run setup', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startPlaybookServer();
  });
  afterEach(async () => {
    await server.stop();
    removeDataDir(server.dataDir);
  });

  it('creates the first administrator and their organisation once, then answers 409', async () => {
    expect((await authCall(server.httpUrl, 'GET', '/api/auth/setup')).body).toEqual({ needed: true });

    const created = await authCall(server.httpUrl, 'POST', '/api/auth/setup', SETUP_BODY);
    expect(created.status).toBe(201);
    const me = meSchema.parse(created.body);
    expect(me.user).toMatchObject({ email: 'mette@klippeo.dk', displayName: 'Mette Holm', isAdmin: true });
    expect(me.organisation).toMatchObject({ name: 'Klippeø Kommune, Jobcenter', kind: 'kommune' });
    expect(created.text).not.toMatch(/scrypt|password/i);
    // Setup signs the administrator in.
    const cookie = cookieOf(created);
    expect((await authCall(server.httpUrl, 'GET', '/api/auth/me', undefined, cookie)).body).toEqual(me);

    expect((await authCall(server.httpUrl, 'GET', '/api/auth/setup')).body).toEqual({ needed: false });
    const again = await authCall(server.httpUrl, 'POST', '/api/auth/setup', {
      ...SETUP_BODY,
      administrator: { ...SETUP_BODY.administrator, email: 'someone@else.dk' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'already_set_up' });
    expect(server.app.identity.listUsers()).toHaveLength(1);
  });

  it('lets only one of two simultaneous setups through', async () => {
    const answers = await Promise.all(
      ['a@x.dk', 'b@x.dk', 'c@x.dk'].map((email) =>
        authCall(server.httpUrl, 'POST', '/api/auth/setup', {
          ...SETUP_BODY,
          administrator: { ...SETUP_BODY.administrator, email },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
  });

  it('answers 400 with a code for invalid bodies', async () => {
    const short = await authCall(server.httpUrl, 'POST', '/api/auth/setup', {
      ...SETUP_BODY,
      administrator: { ...SETUP_BODY.administrator, password: 'kort' },
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      code: 'invalid_request',
      issues: [expect.stringMatching(/^administrator\.password/)],
    });

    const kind = await authCall(server.httpUrl, 'POST', '/api/auth/setup', {
      ...SETUP_BODY,
      organisation: { name: 'X', kind: 'firma' },
    });
    expect(kind.body).toMatchObject({ code: 'invalid_request' });

    const notJson = await apiCall(server.httpUrl, 'POST', '/api/auth/setup', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ code: 'invalid_content_type' });

    const broken = await apiCall(server.httpUrl, 'POST', '/api/auth/sign-in', '{"email":', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'invalid_json' });
    expect((await authCall(server.httpUrl, 'GET', '/api/auth/setup')).body).toEqual({ needed: true });
  });
});
