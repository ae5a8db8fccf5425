import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookListResponseSchema, playbookSummarySchema } from '../../../shared/api/playbooksApi.js';
import { owner, ownerCall } from '../../helpers/people.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

describe('archiving and restoring a playbook', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startPlaybookServer();
  });
  afterAll(() => server.stop());

  async function ids(archived?: string): Promise<string[]> {
    const answer = await ownerCall(server.httpUrl, 'GET', `/api/playbooks${archived ? `?archived=${archived}` : ''}`);
    expect(answer.status, answer.text).toBe(200);
    return playbookListResponseSchema.parse(answer.body).playbooks.map((p) => p.id);
  }

  it('hides an archived playbook from the default list, shows it with archived=only|include, and restores it', async () => {
    const kept = await createPlaybook(server.httpUrl, { title: 'Aktiv drejebog' });
    const old = await createPlaybook(server.httpUrl, { title: 'Gammel drejebog' });

    const archived = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${old.id}/archive`);
    expect(archived.status).toBe(200);
    const summary = playbookSummarySchema.parse(archived.body);
    expect(summary.archivedAt).not.toBeNull();
    expect({ ...summary, archivedAt: null }).toEqual(old);

    expect(await ids()).toEqual([kept.id]);
    expect(await ids('exclude')).toEqual([kept.id]);
    expect(await ids('only')).toEqual([old.id]);
    expect((await ids('include')).sort()).toEqual([kept.id, old.id].sort());
    // Still readable by id, and searchable among the archived.
    expect((await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${old.id}`)).body).toEqual(summary);
    expect(
      playbookListResponseSchema.parse(
        (await ownerCall(server.httpUrl, 'GET', '/api/playbooks?archived=only&q=gammel')).body,
      ).playbooks,
    ).toEqual([summary]);

    const restored = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${old.id}/restore`);
    expect(restored.status).toBe(200);
    expect(playbookSummarySchema.parse(restored.body)).toEqual(old);
    expect((await ids()).sort()).toEqual([kept.id, old.id].sort());
    expect(await ids('only')).toEqual([]);
  });

  it('keeps the first archive time when archived twice; restoring a playbook that is not archived changes nothing', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'To gange' });
    const first = playbookSummarySchema.parse(
      (await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${playbook.id}/archive`)).body,
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${playbook.id}/archive`);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first);

    await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${playbook.id}/restore`);
    const again = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${playbook.id}/restore`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(playbook);
  });

  it('still opens an archived playbook for editing', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Arkiveret men åben' });
    await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${playbook.id}/archive`);
    const client = connectClient(server.collabUrl, playbook.id, { cookie: (await owner(server.httpUrl)).cookie });
    try {
      await synced(client);
    } finally {
      client.destroy();
    }
  });

  it('refuses an unknown archive filter', async () => {
    const answer = await ownerCall(server.httpUrl, 'GET', '/api/playbooks?archived=yes');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'invalid_request', issues: [expect.stringMatching(/^archived: /)] });
  });
});
