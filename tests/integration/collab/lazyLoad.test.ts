import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

// A compacted playbook is answered from its stored snapshot before the server has built the Y.Doc; these
// tests make sure the doc is built, in order, before anything needs it.
describe('a playbook loaded from its snapshot', () => {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
  });

  const join = async (room: string): Promise<TestClient> => {
    const client = connectClient(server!.collabUrl, room);
    clients.push(client);
    await synced(client);
    return client;
  };

  it('serves a first visitor the whole document and accepts its edits at once', async () => {
    server = await startServer();
    const writer = await join('lazy');
    writer.text.insert(0, 'stored before the room was unloaded. ');
    await expect.poll(async () => (await server!.app.store.load('lazy')).updates.length).toBe(1);
    writer.destroy();
    // Unloading compacts the log into a snapshot.
    await expect.poll(async () => (await server!.app.store.load('lazy')).updates.length).toBe(0);
    await expect.poll(() => server!.app.collab.registry.loadedCount).toBe(0);

    const visitor = await join('lazy');
    expect(visitor.text.toString()).toBe('stored before the room was unloaded. ');
    // Typed right away, before the background build would run: the server must build the doc first.
    visitor.text.insert(visitor.text.length, 'added at once.');
    const other = await join('lazy');
    await expect.poll(() => other.text.toString()).toBe('stored before the room was unloaded. added at once.');
    const stored = await server.app.store.load('lazy');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBe(1);
  });
});
