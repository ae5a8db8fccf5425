import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { memberListSchema } from '../../../shared/api/accessApi.js';
import { playbookListResponseSchema } from '../../../shared/api/playbooksApi.js';
import { apiCall, type ApiAnswer } from '../../helpers/apiCall.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, callAs, owner, personNamed, type TestPerson } from '../../helpers/people.js';
import { closeCodeOf } from '../../helpers/socketClose.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

/**
 * Every role against every action, over HTTP and the websocket: an outsider, a reader, an editor and a
 * facilitator each get exactly their rights, and someone without credentials gets nothing.
 */

type Who = 'anonymous' | 'outsider' | 'reader' | 'editor' | 'facilitator';
const WHO: Who[] = ['anonymous', 'outsider', 'reader', 'editor', 'facilitator'];

let server: TestServer;
let playbookId: string;
const people = {} as Record<Exclude<Who, 'anonymous'>, TestPerson>;
/** A member each test may remove, so removal is tried on someone real. */
let target: TestPerson;

beforeAll(async () => {
  server = await startPlaybookServer();
  const url = server.httpUrl;
  playbookId = (await createPlaybook(url, { title: 'Rettigheder', templateId: 'standard' })).id;
  people.facilitator = await owner(url);
  people.editor = await personNamed(url, 'Eva Redaktør', 'akasse');
  people.reader = await personNamed(url, 'Rasmus Læser', 'jobcenter');
  people.outsider = await personNamed(url, 'Otto Udenfor', 'jobcenter');
  target = await personNamed(url, 'Tina Mål', 'akasse');
  await addMember(url, playbookId, people.editor, 'editor');
  await addMember(url, playbookId, people.reader, 'reader');
});
afterAll(() => server.stop());

function call(who: Who, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  if (who === 'anonymous') return apiCall(server.httpUrl, method, path, body);
  return callAs(people[who], server.httpUrl, method, path, body);
}

// Expected status per caller. 404 for outsiders: a playbook they may not see looks like one that does not exist.
const HTTP_MATRIX: Array<{ action: string; run: (who: Who) => Promise<ApiAnswer>; expected: Record<Who, number> }> = [
  {
    action: 'read the playbook',
    run: (who) => call(who, 'GET', `/api/playbooks/${playbookId}`),
    expected: { anonymous: 401, outsider: 404, reader: 200, editor: 200, facilitator: 200 },
  },
  {
    action: 'list its members',
    run: (who) => call(who, 'GET', `/api/playbooks/${playbookId}/members`),
    expected: { anonymous: 401, outsider: 404, reader: 200, editor: 200, facilitator: 200 },
  },
  {
    action: 'rename it (edit)',
    run: (who) => call(who, 'PATCH', `/api/playbooks/${playbookId}`, { title: `Rettigheder (${who})` }),
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 200, facilitator: 200 },
  },
  {
    action: 'archive it',
    run: async (who) => {
      const answer = await call(who, 'POST', `/api/playbooks/${playbookId}/archive`);
      if (answer.status === 200) await call(who, 'POST', `/api/playbooks/${playbookId}/restore`);
      return answer;
    },
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 403, facilitator: 200 },
  },
  {
    action: 'invite someone',
    run: (who) =>
      call(who, 'POST', `/api/playbooks/${playbookId}/invitations`, {
        role: 'editor',
        organisation: { name: `Inviteret af ${who}`, kind: 'akasse' },
      }),
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 403, facilitator: 201 },
  },
  {
    action: 'see the invitations',
    run: (who) => call(who, 'GET', `/api/playbooks/${playbookId}/invitations`),
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 403, facilitator: 200 },
  },
  {
    action: 'mint an access token',
    run: (who) => call(who, 'POST', `/api/playbooks/${playbookId}/tokens`, { label: `af ${who}`, role: 'reader' }),
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 403, facilitator: 201 },
  },
  {
    action: 'change a member’s role',
    run: (who) =>
      call(who, 'PATCH', `/api/playbooks/${playbookId}/members/${people.reader.userId}`, { role: 'reader' }),
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 403, facilitator: 200 },
  },
  {
    action: 'remove a member',
    run: async (who) => {
      await addMember(server.httpUrl, playbookId, target, 'editor');
      return call(who, 'DELETE', `/api/playbooks/${playbookId}/members/${target.userId}`);
    },
    expected: { anonymous: 401, outsider: 404, reader: 403, editor: 403, facilitator: 204 },
  },
];

describe('over HTTP', () => {
  for (const { action, run, expected } of HTTP_MATRIX) {
    it(`${action}: ${WHO.map((who) => `${who} ${expected[who]}`).join(', ')}`, async () => {
      const got: Record<string, number> = {};
      for (const who of WHO) got[who] = (await run(who)).status;
      expect(got).toEqual(expected);
    });
  }

  it('lists a playbook only to its members, each with their own role', async () => {
    const listed = async (who: Exclude<Who, 'anonymous'>) =>
      playbookListResponseSchema
        .parse((await call(who, 'GET', '/api/playbooks')).body)
        .playbooks.filter((p) => p.id === playbookId)
        .map((p) => p.role);
    expect(await listed('outsider')).toEqual([]);
    expect(await listed('reader')).toEqual(['reader']);
    expect(await listed('editor')).toEqual(['editor']);
    expect(await listed('facilitator')).toEqual(['facilitator']);
    expect((await call('anonymous', 'GET', '/api/playbooks')).status).toBe(401);
  });

  it('answers an unknown playbook id exactly like one the caller may not see', async () => {
    const unknown = await call('outsider', 'GET', '/api/playbooks/drejebog-findesikke');
    const forbidden = await call('outsider', 'GET', `/api/playbooks/${playbookId}`);
    expect(unknown.status).toBe(forbidden.status);
    expect(unknown.body).toEqual(forbidden.body);
  });

  it('shows e-mail addresses of members to facilitators only', async () => {
    const emails = async (who: Who) =>
      memberListSchema
        .parse((await call(who, 'GET', `/api/playbooks/${playbookId}/members`)).body)
        .members.map((m) => m.email);
    expect((await emails('facilitator')).every((email) => email?.endsWith('@test.example'))).toBe(true);
    expect((await emails('editor')).every((email) => email === null)).toBe(true);
  });

  it('lets anyone leave, but never the last facilitator', async () => {
    const leaver = await personNamed(server.httpUrl, 'Lene Går', 'akasse');
    await addMember(server.httpUrl, playbookId, leaver, 'reader');
    expect(
      (await callAs(leaver, server.httpUrl, 'DELETE', `/api/playbooks/${playbookId}/members/${leaver.userId}`)).status,
    ).toBe(204);
    expect((await callAs(leaver, server.httpUrl, 'GET', `/api/playbooks/${playbookId}`)).status).toBe(404);
    const self = people.facilitator.userId;
    const leaving = await call('facilitator', 'DELETE', `/api/playbooks/${playbookId}/members/${self}`);
    expect(leaving.status).toBe(409);
    expect(leaving.body).toMatchObject({ code: 'last_facilitator' });
    const demoting = await call('facilitator', 'PATCH', `/api/playbooks/${playbookId}/members/${self}`, {
      role: 'editor',
    });
    expect(demoting.body).toMatchObject({ code: 'last_facilitator' });
  });
});

describe('over the websocket', () => {
  const cookieOf = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : { cookie: people[who].cookie });

  it('admits members, refuses outsiders with 4404 and callers without credentials with 4401', async () => {
    const got: Record<string, number | null> = {};
    for (const who of WHO) got[who] = await closeCodeOf(server.collabUrl, playbookId, cookieOf(who), 800);
    expect(got).toEqual({
      anonymous: CloseCodes.unauthorized.code,
      outsider: CloseCodes.invalidRoom.code,
      reader: null,
      editor: null,
      facilitator: null,
    });
  });

  it('refuses an unknown playbook with the same 4404 as a forbidden one', async () => {
    expect(await closeCodeOf(server.collabUrl, 'drejebog-findesikke', cookieOf('facilitator'))).toBe(
      CloseCodes.invalidRoom.code,
    );
  });

  it('ignores a forged session cookie and a malformed one', async () => {
    for (const cookie of [
      'drejebog_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'drejebog_session=<script>',
    ]) {
      expect(await closeCodeOf(server.collabUrl, playbookId, { cookie })).toBe(CloseCodes.unauthorized.code);
    }
  });
});
