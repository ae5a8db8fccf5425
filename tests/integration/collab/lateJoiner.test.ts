import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { docContent } from '../../helpers/docContent.js';
import { removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { waitForConvergence } from '../../helpers/waitForConvergence.js';

describe('late joiner', () => {
  let server: TestServer;
  let clients: TestClient[] = [];

  beforeEach(async () => {
    server = await startServer();
  });

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    await server.stop();
    removeDataDir(server.dataDir);
  });

  async function join(room: string): Promise<TestClient> {
    const client = connectClient(server.collabUrl, room);
    clients.push(client);
    await synced(client);
    return client;
  }

  /** Two writers edit text and map (inserts, a deletion, an overwritten key) until they agree. */
  async function writeHistory(
    room: string,
  ): Promise<{ writers: TestClient[]; expected: ReturnType<typeof docContent> }> {
    const a = await join(room);
    const b = await join(room);
    for (let i = 0; i < 30; i++) {
      a.text.insert(a.text.length, `a${i} `);
      b.text.insert(0, `b${i} `);
    }
    a.text.delete(0, 3);
    a.doc.getMap('map').set('title', 'first');
    b.doc.getMap('map').set('owner', { name: 'B', roles: ['writer'] });
    const expected = await waitForConvergence([a.doc, b.doc]);
    a.doc.getMap('map').set('title', 'second');
    expected.map.title = 'second';
    await waitForConvergence([a.doc, b.doc]);
    expect(docContent(b.doc)).toEqual(expected);
    return { writers: [a, b], expected };
  }

  it('holds the full state as soon as it reports synced', async () => {
    const { expected } = await writeHistory('late-open');
    const late = await join('late-open');
    // No waiting: the sync reply itself must carry everything the others already agreed on.
    expect(docContent(late.doc)).toEqual(expected);
  });

  it('receives the full state from storage after everyone else left', async () => {
    const { writers, expected } = await writeHistory('late-reloaded');
    for (const writer of writers) writer.destroy();
    // The room unloads once the last connection is gone; the late joiner then reads it back from SQLite.
    await expect.poll(() => server.app.collab.registry.loadedCount, { timeout: 5_000 }).toBe(0);
    const late = await join('late-reloaded');
    expect(docContent(late.doc)).toEqual(expected);
  });

  it('receives the full state when it arrives while the room is unloading', async () => {
    const { writers, expected } = await writeHistory('late-racing');
    for (const writer of writers) writer.destroy();
    // Joined straight away: the server sees the join while it may still be closing the others and compacting.
    const late = await join('late-racing');
    expect(docContent(late.doc)).toEqual(expected);
  });
});
