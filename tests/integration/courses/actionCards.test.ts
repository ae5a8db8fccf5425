import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionCards, type ActionCard } from '../../../shared/course/actionCards.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { courseWithGroups, type TestCourse } from '../../helpers/courseWithGroups.js';
import { addMember, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';

const card = (id: string, title: string, owners: string[]): ActionCard => ({
  id,
  title,
  sectionId: 'agenda',
  observe: 'Hvem taler mest i de første fem minutter?',
  owners,
  dueOn: '2099-03-01',
  status: 'open',
  whatHappened: '',
  why: '',
  learned: '',
  nextStep: '',
  createdAt: new Date().toISOString(),
});

const MESSAGE_AUTH = 2;

/** Counts the "permission denied" answers the server sends this client (instead of y-websocket's warning). */
function countDenials(client: TestClient): { count: number } {
  const seen = { count: 0 };
  client.provider.messageHandlers[MESSAGE_AUTH] = () => {
    seen.count += 1;
  };
  return seen;
}

describe("action cards in a group's working space", () => {
  let server: TestServer;
  let anna: TestPerson;
  let bo: TestPerson;
  let course: TestCourse;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startPlaybookServer();
    anna = await personNamed(server.httpUrl, 'Anna Jobcenter', 'jobcenter');
    bo = await personNamed(server.httpUrl, 'Bo Akasse', 'akasse');
    course = await courseWithGroups(server.httpUrl, { 'Gruppe 1': [anna, bo] });
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  async function connect(who: TestPerson | null, params: Record<string, string> = {}): Promise<TestClient> {
    const client = connectClient(server.collabUrl, course.groups['Gruppe 1']!.playbookId, {
      ...(who ? { cookie: who.cookie } : {}),
      params,
    });
    clients.push(client);
    await synced(client);
    return client;
  }

  it('reach the other group members live, and the reflection too, and are stored in the working space', async () => {
    const annaClient = await connect(anna);
    const boClient = await connect(bo);
    actionCards.insert(annaClient.doc, card('card-1', 'Borgeren sætter dagsordenen', [anna.userId, bo.userId]));
    await expect
      .poll(() => actionCards.read(boClient.doc).map((c) => c.title))
      .toEqual(['Borgeren sætter dagsordenen']);
    expect(actionCards.read(boClient.doc)[0]).toMatchObject({ sectionId: 'agenda', owners: [anna.userId, bo.userId] });

    actionCards.update(boClient.doc, 'card-1', { whatHappened: 'Borgeren åbnede selv', status: 'done' });
    await expect.poll(() => actionCards.read(annaClient.doc)[0]?.status).toBe('done');
    expect(actionCards.read(annaClient.doc)[0]?.whatHappened).toBe('Borgeren åbnede selv');

    const stored = await storedDoc(server.app.store, course.groups['Gruppe 1']!.playbookId);
    expect(actionCards.read(stored)).toEqual([expect.objectContaining({ id: 'card-1', status: 'done' })]);
    stored.destroy();
  });

  it('are refused by the server from a reader and from a reader token', async () => {
    const workspace = course.groups['Gruppe 1']!.playbookId;
    const rita = await personNamed(server.httpUrl, 'Rita Læser', 'akasse');
    await addMember(server.httpUrl, workspace, rita, 'reader');
    const minted = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${workspace}/tokens`, {
      label: 'Læseværktøj',
      role: 'reader',
    });
    expect(minted.status, minted.text).toBe(201);
    const token = (minted.body as { secret: string }).secret;

    const annaClient = await connect(anna);
    const reader = await connect(rita);
    const tool = await connect(null, { token });
    const denied = [countDenials(reader), countDenials(tool)];
    actionCards.insert(reader.doc, card('by-reader', 'Skrevet af en læser', []));
    actionCards.insert(tool.doc, card('by-token', 'Skrevet med et læsetoken', []));
    // The server answers each with "permission denied" once it has refused (never applied) the update.
    await expect.poll(() => denied.map((d) => d.count > 0)).toEqual([true, true]);
    // An editor's card written afterwards still reaches the readers: they follow along, only never write.
    actionCards.insert(annaClient.doc, card('by-editor', 'Skrevet af en redaktør', [anna.userId]));
    await expect.poll(() => actionCards.read(reader.doc).some((c) => c.id === 'by-editor')).toBe(true);
    await expect.poll(() => actionCards.read(tool.doc).some((c) => c.id === 'by-editor')).toBe(true);
    expect(actionCards.read(annaClient.doc).map((c) => c.id)).not.toContain('by-reader');
    expect(actionCards.read(annaClient.doc).map((c) => c.id)).not.toContain('by-token');
    const stored = await storedDoc(server.app.store, workspace);
    expect(
      actionCards
        .read(stored)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['by-editor', 'card-1']);
    stored.destroy();
  });
});
