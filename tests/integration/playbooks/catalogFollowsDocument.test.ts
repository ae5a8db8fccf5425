import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { playbookSummarySchema, type PlaybookSummary } from '../../../shared/api/playbooksApi.js';
import { playbookMeta } from '../../../shared/playbook/playbookMeta.js';
import { owner, ownerCall } from '../../helpers/people.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

describe('the playbook list follows what editors write', () => {
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

  async function summary(id: string): Promise<PlaybookSummary> {
    return playbookSummarySchema.parse((await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${id}`)).body);
  }

  it('takes title, status and area from the document after an editor changes them', async () => {
    const created = await createPlaybook(server.httpUrl, { title: 'Udkast', templateId: 'standard' });
    const anna = await join(created.id);
    playbookMeta.set(anna.doc, { title: 'Drejebog for Ærø', status: 'til-hoering', area: 'Ærø Kommune' });

    await vi.waitFor(
      async () =>
        expect(await summary(created.id)).toMatchObject({
          title: 'Drejebog for Ærø',
          status: 'til-hoering',
          area: 'Ærø Kommune',
        }),
      // The catalogue follows within a couple of seconds (the notification is debounced).
      { timeout: 5000 },
    );
    expect(Date.parse((await summary(created.id)).updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    // The search sees the new title at once.
    const found = await ownerCall(server.httpUrl, 'GET', `/api/playbooks?q=${encodeURIComponent('ærø')}`);
    expect(found.body).toMatchObject({ playbooks: [{ id: created.id }] });
  });

  it('moves updatedAt on any edit, and catches the last change when the last editor leaves at once', async () => {
    const created = await createPlaybook(server.httpUrl, { title: 'Sidste ord' });
    const bo = await join(created.id);
    bo.doc.getText('noter').insert(0, 'en rettelse');
    playbookMeta.set(bo.doc, { status: 'godkendt' });
    // Leaves before the debounced notification: the room reports once more while unloading.
    await new Promise((resolve) => setTimeout(resolve, 50));
    bo.destroy();
    await vi.waitFor(() => expect(server.app.collab.registry.loadedCount).toBe(0));
    await vi.waitFor(async () => expect((await summary(created.id)).status).toBe('godkendt'));
    expect(Date.parse((await summary(created.id)).updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
  });

  it('keeps the last title while the title field is empty in the document', async () => {
    const created = await createPlaybook(server.httpUrl, { title: 'Bevar mig' });
    const anna = await join(created.id);
    playbookMeta.set(anna.doc, { title: '', area: 'Midtby' });
    await vi.waitFor(
      async () => expect(await summary(created.id)).toMatchObject({ title: 'Bevar mig', area: 'Midtby' }),
      { timeout: 5000 },
    );
  });
});
