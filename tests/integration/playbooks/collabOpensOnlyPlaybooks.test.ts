import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { owner } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

/** Opens a raw socket to room `id` and resolves with how the server closed it. */
function closeOf(collabUrl: string, id: string, cookie: string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${collabUrl}/${id}`, { headers: { cookie } });
    ws.on('error', reject);
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

// Signed in as the server's first administrator, who may open every playbook they created.
describe('the collaboration endpoint of the app', () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startPlaybookServer();
    cookie = (await owner(server.httpUrl)).cookie;
  });
  afterAll(() => server.stop());

  it('refuses a valid id that no playbook has with 4404, without loading or storing a document', async () => {
    expect(await closeOf(server.collabUrl, 'drejebog-findesikke', cookie)).toEqual(CloseCodes.invalidRoom);
    expect(server.app.collab.registry.loadedCount).toBe(0);
    expect(await server.app.store.list()).not.toContain('drejebog-findesikke');
    const rejected = await server.app.metrics.rejected.get();
    expect(rejected.values.find((v) => v.labels.reason === 'invalid_room')?.value).toBeGreaterThanOrEqual(1);
  });

  it('refuses a stock y-websocket client for an unknown playbook, which then stops reconnecting', async () => {
    const client = connectClient(server.collabUrl, 'drejebog-ukendt', { cookie });
    const codes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event) codes.push(event.code);
    });
    try {
      await expect.poll(() => codes).toEqual([CloseCodes.invalidRoom.code]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(codes).toEqual([CloseCodes.invalidRoom.code]);
      expect(client.provider.synced).toBe(false);
    } finally {
      client.destroy();
    }
  });

  it('opens a playbook created through the API', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'Åben mig' });
    const client = connectClient(server.collabUrl, id, { cookie });
    try {
      await synced(client);
    } finally {
      client.destroy();
    }
  });
});
