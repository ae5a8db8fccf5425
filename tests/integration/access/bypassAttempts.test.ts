import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mintedTokenSchema } from '../../../shared/api/accessApi.js';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { AuthMessage, MessageType, SyncStep } from '../../../shared/protocol/messageTypes.js';
import { apiCall, type ApiAnswer } from '../../helpers/apiCall.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, callAs, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import {
  bytes,
  lengthPrefixed,
  openProtocolSocket,
  recordUpdates,
  syncUpdate,
  type ProtocolSocket,
} from '../../helpers/protocolSocket.js';
import { closeCodeOf } from '../../helpers/socketClose.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const isPermissionDenied = (m: Uint8Array) => m[0] === MessageType.auth && m[1] === AuthMessage.permissionDenied;

let server: TestServer;
/** The server's clock: tests move it forward to expire tokens and invitations. */
let clock = Date.now();
let facilitator: TestPerson;
const sockets: ProtocolSocket[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startPlaybookServer({}, { auth: { now: () => clock } });
  facilitator = await owner(server.httpUrl);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(() => server.stop());

async function newPlaybook(title: string): Promise<string> {
  return (await createPlaybook(server.httpUrl, { title })).id;
}

async function mint(playbookId: string, role: 'reader' | 'editor', expiresInDays = 30) {
  const answer = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${playbookId}/tokens`, {
    label: `værktøj (${role})`,
    role,
    expiresInDays,
  });
  expect(answer.status).toBe(201);
  return mintedTokenSchema.parse(answer.body);
}

async function socketAs(playbookId: string, headers: Record<string, string>, query = ''): Promise<ProtocolSocket> {
  const socket = await openProtocolSocket(server.collabUrl, `${playbookId}${query}`, { headers });
  sockets.push(socket);
  return socket;
}

async function clientAs(playbookId: string, options: { cookie?: string; token?: string }): Promise<TestClient> {
  const client = connectClient(server.collabUrl, playbookId, {
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...(options.token ? { params: { token: options.token } } : {}),
  });
  clients.push(client);
  await synced(client);
  return client;
}

/** Sends an update and a sync step 2 as `socket` and expects both refused with permission-denied. */
async function expectWritesRefused(socket: ProtocolSocket): Promise<void> {
  const forged = new Y.Doc();
  const updates = recordUpdates(forged);
  forged.getText('text').insert(0, 'skrevet af en læser');
  socket.send(syncUpdate(updates[0]!));
  await socket.waitForMessage(isPermissionDenied);
  const from = socket.received.length;
  socket.send(bytes(MessageType.sync, SyncStep.step2, lengthPrefixed(updates[0]!)));
  await socket.waitForMessage(isPermissionDenied, { from });
  await socket.roundTrip();
}

const closeOf = (socket: ProtocolSocket) => socket.closedWithin(5_000).then((close) => close.code);

describe('access tokens', () => {
  it('let a tool read over the websocket with ?token=, and refuse a reader token’s raw updates', async () => {
    const id = await newPlaybook('Token læser');
    const { secret } = await mint(id, 'reader');
    const before = Y.encodeStateAsUpdate(await storedDoc(server.app.store, id));
    const socket = await socketAs(id, {}, `?token=${secret}`);
    await expectWritesRefused(socket);
    expect(Y.encodeStateAsUpdate(await storedDoc(server.app.store, id))).toEqual(before);
  });

  it('let an editor token write', async () => {
    const id = await newPlaybook('Token skriver');
    const { secret } = await mint(id, 'editor');
    const tool = await clientAs(id, { token: secret });
    tool.text.insert(0, 'fra værktøjet');
    await expect
      .poll(async () => (await storedDoc(server.app.store, id)).getText('text').toString())
      .toBe('fra værktøjet');
  });

  it('open only their own playbook: another one is refused like an unknown id', async () => {
    const own = await newPlaybook('Egen');
    const other = await newPlaybook('Anden');
    const { secret } = await mint(own, 'editor');
    expect(await closeCodeOf(server.collabUrl, `${other}?token=${secret}`)).toBe(CloseCodes.invalidRoom.code);
    expect(await closeCodeOf(server.collabUrl, `${own}?token=${secret}`, {}, 600)).toBeNull();
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${own}`, undefined, bearer)).status).toBe(200);
    expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${other}`, undefined, bearer)).status).toBe(404);
    const listed = (await apiCall(server.httpUrl, 'GET', '/api/playbooks', undefined, bearer)).body as {
      playbooks: Array<{ id: string }>;
    };
    expect(listed.playbooks.map((p) => p.id)).toEqual([own]);
    // Tokens act on one playbook; they never create playbooks or manage people.
    const create = await apiCall(
      server.httpUrl,
      'POST',
      '/api/playbooks',
      { title: 'Af et værktøj' },
      { ...bearer, 'content-type': 'application/json' },
    );
    expect(create.status).toBe(403);
    const invite = await apiCall(
      server.httpUrl,
      'POST',
      `/api/playbooks/${own}/invitations`,
      { role: 'editor', organisation: { name: 'X', kind: 'akasse' } },
      { ...bearer, 'content-type': 'application/json' },
    );
    expect(invite.status).toBe(403);
  });

  it('stop working when revoked: new sockets get 4401 and open ones close at once with 4410 (removed)', async () => {
    const id = await newPlaybook('Tilbagekaldt');
    const { token, secret } = await mint(id, 'editor');
    const open = await socketAs(id, {}, `?token=${secret}`);
    const revoked = await ownerCall(server.httpUrl, 'DELETE', `/api/playbooks/${id}/tokens/${token.id}`);
    expect(revoked.body).toMatchObject({ token: { id: token.id, usable: false } });
    expect(await closeOf(open)).toBe(CloseCodes.removed.code);
    expect(await closeCodeOf(server.collabUrl, `${id}?token=${secret}`)).toBe(CloseCodes.unauthorized.code);
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}`, undefined, bearer)).status).toBe(401);
  });

  it('stop working when expired', async () => {
    const id = await newPlaybook('Udløbet');
    const { secret } = await mint(id, 'reader', 1);
    expect(await closeCodeOf(server.collabUrl, `${id}?token=${secret}`, {}, 600)).toBeNull();
    const now = clock;
    try {
      clock += DAY_MS + 1;
      expect(await closeCodeOf(server.collabUrl, `${id}?token=${secret}`)).toBe(CloseCodes.unauthorized.code);
    } finally {
      clock = now;
    }
  });

  it('refuse forged and malformed secrets', async () => {
    const id = await newPlaybook('Forfalsket');
    for (const secret of ['dbt_' + 'A'.repeat(43), 'noget-andet', 'dbt_' + 'x'.repeat(200)]) {
      expect(await closeCodeOf(server.collabUrl, `${id}?token=${secret}`)).toBe(CloseCodes.unauthorized.code);
    }
  });
});

describe('members whose rights change while connected', () => {
  it('a reader’s raw updates are refused over a real session, and the document stays as it was', async () => {
    const id = await newPlaybook('Læser');
    const reader = await personNamed(server.httpUrl, 'Lise Læser', 'akasse');
    await addMember(server.httpUrl, id, reader, 'reader');
    const before = Y.encodeStateAsUpdate(await storedDoc(server.app.store, id));
    const socket = await socketAs(id, { cookie: reader.cookie });
    await expectWritesRefused(socket);
    expect(Y.encodeStateAsUpdate(await storedDoc(server.app.store, id))).toEqual(before);
  });

  it('a removed member’s open socket closes at once with 4410 (removed), and they cannot come back', async () => {
    const id = await newPlaybook('Fjernet');
    const member = await personNamed(server.httpUrl, 'Frede Fjernes', 'jobcenter');
    await addMember(server.httpUrl, id, member, 'editor');
    const open = await socketAs(id, { cookie: member.cookie });
    const removed = await ownerCall(server.httpUrl, 'DELETE', `/api/playbooks/${id}/members/${member.userId}`);
    expect(removed.status).toBe(204);
    expect(await closeOf(open)).toBe(CloseCodes.removed.code);
    expect(await closeCodeOf(server.collabUrl, id, { cookie: member.cookie })).toBe(CloseCodes.invalidRoom.code);
  });

  it('an editor lowered to reader is reconnected (4010) and from then on cannot write', async () => {
    const id = await newPlaybook('Nedgraderet');
    const member = await personNamed(server.httpUrl, 'Nina Nedgraderes', 'akasse');
    await addMember(server.httpUrl, id, member, 'editor');
    const open = await socketAs(id, { cookie: member.cookie });
    const changed = await ownerCall(server.httpUrl, 'PATCH', `/api/playbooks/${id}/members/${member.userId}`, {
      role: 'reader',
    });
    expect(changed.status).toBe(200);
    expect(await closeOf(open)).toBe(CloseCodes.accessChanged.code);
    const again = await socketAs(id, { cookie: member.cookie });
    await expectWritesRefused(again);
  });

  it('signing out everywhere closes the person’s open sockets, and the old cookie opens nothing', async () => {
    const id = await newPlaybook('Log ud');
    const member = await personNamed(server.httpUrl, 'Ulla Udlogget', 'jobcenter');
    await addMember(server.httpUrl, id, member, 'editor');
    const open = await socketAs(id, { cookie: member.cookie });
    const out = await callAs(member, server.httpUrl, 'POST', '/api/auth/sign-out-everywhere');
    expect(out.status).toBe(200);
    expect(await closeOf(open)).toBe(CloseCodes.unauthorized.code);
    expect(await closeCodeOf(server.collabUrl, id, { cookie: member.cookie })).toBe(CloseCodes.unauthorized.code);
  });

  it('a member’s cursor shows their account name and organisation, whatever the client claims', async () => {
    const id = await newPlaybook('Tilstedeværelse');
    const member = await personNamed(server.httpUrl, 'Ægte Navn', 'akasse');
    await addMember(server.httpUrl, id, member, 'editor');
    const liar = await clientAs(id, { cookie: member.cookie });
    const watcher = await clientAs(id, { cookie: facilitator.cookie });
    liar.provider.awareness.setLocalStateField('user', { name: 'Falsk Navn', organisation: 'jobcenter' });
    await expect
      .poll(() => {
        const state = watcher.provider.awareness.getStates().get(liar.doc.clientID) as
          { user?: { name?: string; organisation?: string; organisationName?: string } } | undefined;
        return state?.user;
      })
      .toMatchObject({ name: 'Ægte Navn', organisation: 'akasse', organisationName: 'Test A-kasse' });
  });
});

describe('invitations', () => {
  async function invite(id: string, body: Record<string, unknown> = {}): Promise<string> {
    const answer = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/invitations`, {
      role: 'editor',
      organisation: { name: 'Inviteret A-kasse', kind: 'akasse' },
      ...body,
    });
    expect(answer.status).toBe(201);
    return (answer.body as { path: string }).path.replace('/invite/', '');
  }
  const signUp = (secret: string, name: string): Promise<ApiAnswer> =>
    apiCall(server.httpUrl, 'POST', `/api/invitations/${secret}/sign-up`, {
      email: `${name.toLowerCase()}@inviteret.example`,
      displayName: name,
      password: 'en lang nok adgangskode',
    });

  it('let a newcomer sign up into the invitation’s organisation and join with its role', async () => {
    const id = await newPlaybook('Invitation');
    const secret = await invite(id);
    const preview = await apiCall(server.httpUrl, 'GET', `/api/invitations/${secret}`);
    expect(preview.body).toMatchObject({
      playbookTitle: 'Invitation',
      role: 'editor',
      organisation: { name: 'Inviteret A-kasse', kind: 'akasse' },
      invitedBy: 'Facilitator Test',
    });
    const joined = await signUp(secret, 'Nyankomne');
    expect(joined.status).toBe(201);
    expect(joined.body).toEqual({ playbookId: id, role: 'editor' });
    const cookie = /drejebog_session=[^;]+/.exec(joined.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const me = await apiCall(server.httpUrl, 'GET', '/api/auth/me', undefined, { cookie });
    expect(me.body).toMatchObject({ user: { displayName: 'Nyankomne' }, organisation: { name: 'Inviteret A-kasse' } });
    expect(await closeCodeOf(server.collabUrl, id, { cookie }, 600)).toBeNull();
  });

  it('are refused when revoked, expired or used up, with a code saying which', async () => {
    const id = await newPlaybook('Udløbne invitationer');
    const stranger = await personNamed(server.httpUrl, 'Sofie Sent', 'jobcenter');
    const accept = (secret: string) => callAs(stranger, server.httpUrl, 'POST', `/api/invitations/${secret}/accept`);

    const revokedSecret = await invite(id);
    const listed = (await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${id}/invitations`)).body as {
      invitations: Array<{ id: string }>;
    };
    await ownerCall(server.httpUrl, 'DELETE', `/api/playbooks/${id}/invitations/${listed.invitations[0]!.id}`);
    expect((await accept(revokedSecret)).body).toMatchObject({ code: 'invitation_revoked' });
    expect((await signUp(revokedSecret, 'Revokeret')).status).toBe(410);

    const expiringSecret = await invite(id, { expiresInDays: 1 });
    const now = clock;
    try {
      clock += DAY_MS + 1;
      expect((await apiCall(server.httpUrl, 'GET', `/api/invitations/${expiringSecret}`)).body).toMatchObject({
        code: 'invitation_expired',
      });
    } finally {
      clock = now;
    }

    const onceSecret = await invite(id, { maxUses: 1 });
    expect((await signUp(onceSecret, 'Forstemand')).status).toBe(201);
    const second = await accept(onceSecret);
    expect(second.status).toBe(410);
    expect(second.body).toMatchObject({ code: 'invitation_used_up' });
    expect((await apiCall(server.httpUrl, 'GET', '/api/invitations/ikke-en-rigtig-hemmelighed')).status).toBe(404);
    // None of the refused attempts made Sofie a member.
    expect((await callAs(stranger, server.httpUrl, 'GET', `/api/playbooks/${id}`)).status).toBe(404);
  });

  it('never let more people in than the use limit, even when they accept at the same moment', async () => {
    const id = await newPlaybook('Kapløb');
    const secret = await invite(id, { maxUses: 2 });
    const racers = await Promise.all(
      ['Ane', 'Bent', 'Carl', 'Dorte', 'Erik'].map((name) => personNamed(server.httpUrl, `${name} Kapløb`, 'akasse')),
    );
    const answers = await Promise.all(
      racers.map((racer) => callAs(racer, server.httpUrl, 'POST', `/api/invitations/${secret}/accept`)),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 410)).toHaveLength(3);
  });

  it('keep a higher role: a facilitator accepting a reader invitation stays facilitator', async () => {
    const id = await newPlaybook('Højere rolle');
    const secret = await invite(id, { role: 'reader' });
    const accepted = await callAs(facilitator, server.httpUrl, 'POST', `/api/invitations/${secret}/accept`);
    expect(accepted.body).toEqual({ playbookId: id, role: 'facilitator' });
  });
});

describe('organisation administrators', () => {
  it('manage the people of their own organisation and nobody else’s', async () => {
    const orgs = (await ownerCall(server.httpUrl, 'GET', '/api/organisations')).body as {
      organisations: Array<{ id: string; name: string }>;
    };
    await personNamed(server.httpUrl, 'Ingen Admin', 'akasse');
    const akasse = orgs.organisations.find((o) => o.name === 'Test A-kasse')!;
    const kommune = (
      await ownerCall(server.httpUrl, 'POST', '/api/organisations', {
        name: 'Anden Kommune',
        kind: 'kommune',
      })
    ).body as { id: string };
    const created = await ownerCall(server.httpUrl, 'POST', `/api/organisations/${akasse.id}/users`, {
      email: 'orgadmin@akasse.example',
      displayName: 'Olga Orgadmin',
      password: 'en lang nok adgangskode',
      isOrganisationAdmin: true,
    });
    expect(created.status).toBe(201);
    const signIn = await apiCall(server.httpUrl, 'POST', '/api/auth/sign-in', {
      email: 'orgadmin@akasse.example',
      password: 'en lang nok adgangskode',
    });
    const cookie = /drejebog_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const as = (method: string, path: string, body?: unknown) =>
      apiCall(server.httpUrl, method, path, body, {
        cookie,
        ...(body ? { 'content-type': 'application/json' } : {}),
      });
    const ownPeople = await as('GET', `/api/organisations/${akasse.id}/users`);
    expect(ownPeople.status).toBe(200);
    const newcomer = await as('POST', `/api/organisations/${akasse.id}/users`, {
      email: 'kollega@akasse.example',
      displayName: 'Kalle Kollega',
      password: 'en lang nok adgangskode',
    });
    expect(newcomer.status).toBe(201);
    expect((await as('GET', `/api/organisations/${kommune.id}/users`)).status).toBe(404);
    expect(
      (
        await as('POST', `/api/organisations/${kommune.id}/users`, {
          email: 'snyd@kommune.example',
          displayName: 'Snyd',
          password: 'en lang nok adgangskode',
        })
      ).status,
    ).toBe(404);
    expect((await as('POST', '/api/organisations', { name: 'Ny', kind: 'andet' })).status).toBe(403);
    // Removing a person ends their sessions and open connections.
    const kalle = newcomer.body as { id: string };
    expect((await as('DELETE', `/api/organisations/${akasse.id}/users/${kalle.id}`)).status).toBe(204);
    expect(
      (
        await apiCall(server.httpUrl, 'POST', '/api/auth/sign-in', {
          email: 'kollega@akasse.example',
          password: 'en lang nok adgangskode',
        })
      ).status,
    ).toBe(401);
    // A plain member of the organisation manages nobody.
    const plain = await personNamed(server.httpUrl, 'Ingen Admin', 'akasse');
    expect((await callAs(plain, server.httpUrl, 'GET', `/api/organisations/${akasse.id}/users`)).status).toBe(404);
  });
});
