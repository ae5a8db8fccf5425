import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { playbookSummarySchema } from '../../../shared/api/playbooksApi.js';
import { playbookMeta } from '../../../shared/playbook/playbookMeta.js';
import { owner, ownerCall } from '../../helpers/people.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

describe('renaming a playbook', () => {
  let server: TestServer;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startPlaybookServer();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => server.stop());

  async function join(id: string): Promise<TestClient> {
    const client = connectClient(server.collabUrl, id, { cookie: (await owner(server.httpUrl)).cookie });
    clients.push(client);
    await synced(client);
    return client;
  }

  const rename = (id: string, title: string) => ownerCall(server.httpUrl, 'PATCH', `/api/playbooks/${id}`, { title });

  it('changes the title in the document of every connected editor, live, and in the catalogue', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Gammel titel', templateId: 'standard' });
    const anna = await join(playbook.id);
    const bo = await join(playbook.id);
    expect(playbookMeta.read(anna.doc).title).toBe('Gammel titel');

    const answer = await rename(playbook.id, '  Fællessamtalen i Østjylland ');
    expect(answer.status).toBe(200);
    const summary = playbookSummarySchema.parse(answer.body);
    expect(summary).toMatchObject({
      id: playbook.id,
      title: 'Fællessamtalen i Østjylland',
      createdAt: playbook.createdAt,
    });
    expect(Date.parse(summary.updatedAt)).toBeGreaterThanOrEqual(Date.parse(playbook.updatedAt));

    for (const client of [anna, bo]) {
      await vi.waitFor(() => expect(playbookMeta.read(client.doc).title).toBe('Fællessamtalen i Østjylland'));
    }
    // Only the title changed: the rest of the metadata is as before.
    expect(playbookMeta.read(anna.doc)).toMatchObject({ status: 'kladde', version: '0.1' });
    expect((await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${playbook.id}`)).body).toEqual(summary);
  });

  it('stores the new title when nobody has the playbook open, and unloads the room again', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Ingen er inde' });
    expect((await rename(playbook.id, 'Omdøbt uden publikum')).status).toBe(200);
    await vi.waitFor(() => expect(server.app.collab.registry.loadedCount).toBe(0));

    const late = await join(playbook.id);
    expect(playbookMeta.read(late.doc).title).toBe('Omdøbt uden publikum');
  });

  it('keeps a room open for the people still in it after a rename', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Før' });
    const anna = await join(playbook.id);
    await rename(playbook.id, 'Efter');
    await vi.waitFor(() => expect(playbookMeta.read(anna.doc).title).toBe('Efter'));
    // Anna keeps editing in the same room, and a newcomer sees her edit.
    playbookMeta.set(anna.doc, { area: 'Hele kommunen' });
    const bo = await join(playbook.id);
    await vi.waitFor(() => expect(playbookMeta.read(bo.doc)).toMatchObject({ title: 'Efter', area: 'Hele kommunen' }));
  });

  it('applies concurrent renames one after the other: the document and the catalogue end with the same title', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Start' });
    const anna = await join(playbook.id);
    const answers = await Promise.all(['Et', 'To', 'Tre', 'Fire'].map((title) => rename(playbook.id, title)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const final = playbookSummarySchema.parse(
      (await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${playbook.id}`)).body,
    ).title;
    await vi.waitFor(() => expect(playbookMeta.read(anna.doc).title).toBe(final));
  });
});
