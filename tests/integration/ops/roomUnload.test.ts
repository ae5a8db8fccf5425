import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

describe('rooms held in memory', () => {
  let server: TestServer;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  const connect = async (room: string): Promise<TestClient> => {
    const client = connectClient(server.collabUrl, room);
    clients.push(client);
    await synced(client);
    return client;
  };
  const roomsGauge = async (): Promise<number> => (await server.app.metrics.rooms.get()).values[0]?.value ?? 0;

  it('are unloaded when their last client leaves, and load again with everything stored', async () => {
    const [a1, a2, b1] = await Promise.all([connect('unload-a'), connect('unload-a'), connect('unload-b')]);
    a1.text.insert(0, 'kept in room a');
    b1.text.insert(0, 'kept in room b');
    await expect.poll(() => a2.text.toString()).toBe('kept in room a');
    expect(server.app.collab.registry.loadedCount).toBe(2);
    expect(await roomsGauge()).toBe(2);

    a1.destroy();
    // One client is still in room a: it stays loaded.
    await expect.poll(() => server.app.collab.connectionCount()).toBe(2);
    expect(server.app.collab.registry.loadedCount).toBe(2);

    a2.destroy();
    await expect.poll(() => server.app.collab.registry.loadedCount).toBe(1);
    b1.destroy();
    await expect.poll(() => server.app.collab.registry.loadedCount).toBe(0);
    expect(await roomsGauge()).toBe(0);
    // Unloading compacted each room into one snapshot.
    for (const room of ['unload-a', 'unload-b']) {
      const stored = await server.app.store.load(room);
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toEqual([]);
    }

    const [again, againB] = await Promise.all([connect('unload-a'), connect('unload-b')]);
    expect(again.text.toString()).toBe('kept in room a');
    expect(againB.text.toString()).toBe('kept in room b');
    expect(server.app.collab.registry.loadedCount).toBe(2);
  });

  it('lose nothing when a client rejoins right after the last one left', async () => {
    const writer = await connect('unload-race');
    for (let i = 0; i < 20; i++) writer.text.insert(writer.text.length, `line ${i}\n`);
    const expected = writer.text.toString();
    await expect.poll(async () => (await server.app.store.load('unload-race')).updates.length).toBe(20);

    writer.destroy();
    const returning = await connect('unload-race');
    expect(returning.text.toString()).toBe(expected);
    returning.destroy();
    await expect.poll(() => server.app.collab.registry.loadedCount).toBe(2);
  });
});

describe('the idle grace period (ROOM_IDLE_UNLOAD_MS)', () => {
  it('keeps an emptied room in memory for a reload, and unloads it once the grace period passes', async () => {
    const server = await startServer({ ROOM_IDLE_UNLOAD_MS: 400 });
    try {
      const first = connectClient(server.collabUrl, 'grace');
      await synced(first);
      first.text.insert(0, 'still here');
      await expect.poll(async () => (await server.app.store.load('grace')).updates.length).toBe(1);
      first.destroy();
      await expect.poll(() => server.app.collab.connectionCount()).toBe(0);
      // Within the grace period the room is still loaded, and a returning client gets it without a reload.
      expect(server.app.collab.registry.loadedCount).toBe(1);
      const again = connectClient(server.collabUrl, 'grace');
      await synced(again);
      expect(again.text.toString()).toBe('still here');
      again.destroy();
      await expect.poll(() => server.app.collab.connectionCount()).toBe(0);
      expect(server.app.collab.registry.loadedCount).toBe(1);
      // The rejoin restarted the clock: the room goes only after a full quiet period, compacted.
      await expect.poll(() => server.app.collab.registry.loadedCount, { timeout: 3000 }).toBe(0);
      const stored = await server.app.store.load('grace');
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
