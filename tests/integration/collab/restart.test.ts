import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { docContent, type DocContent } from '../../helpers/docContent.js';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';
import { waitForConvergence } from '../../helpers/waitForConvergence.js';

describe('server restart', () => {
  let dataDir: string;
  let server: TestServer | null = null;
  let clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    await server?.stop();
    server = null;
    removeDataDir(dataDir);
  });

  async function restart(overrides: { COMPACT_AFTER_UPDATES?: number } = {}): Promise<TestServer> {
    await server?.stop();
    server = await startServer({ DATA_DIR: dataDir, ...overrides });
    return server;
  }

  async function join(room: string): Promise<TestClient> {
    const client = connectClient(server!.collabUrl, room);
    clients.push(client);
    await synced(client);
    return client;
  }

  /** A fresh client against the current server: what it holds once synced is what the server serves. */
  async function served(room: string): Promise<DocContent> {
    const fresh = await join(room);
    return docContent(fresh.doc);
  }

  /** Two clients make `count` edits in all (one update each), then agree; returns the agreed content. */
  async function edit(room: string, count: number, tag: string): Promise<DocContent> {
    const a = await join(room);
    const b = await join(room);
    for (let i = 0; i < count; i++) {
      const writer = i % 2 === 0 ? a : b;
      if (i % 10 === 9) writer.text.delete(0, 1);
      else writer.text.insert(writer.text.length, `${tag}${i};`);
      if (i % 7 === 0) writer.doc.getMap('map').set(`${tag}-${i}`, i);
    }
    const content = await waitForConvergence([a.doc, b.doc]);
    expect(content.text).toContain(`${tag}${count - 2};`);
    return content;
  }

  it('serves what it stored after a graceful restart', async () => {
    dataDir = makeDataDir();
    await restart();
    const before = await edit('restart-plain', 20, 'x');
    await restart();
    expect(await served('restart-plain')).toEqual(before);
  });

  it('resyncs clients that stay open through a restart, edits made while it was down included', async () => {
    dataDir = makeDataDir();
    await restart();
    const before = await edit('restart-live', 20, 'x');
    const [a, b] = clients as [TestClient, TestClient];
    const port = server!.port;
    await server!.stop();
    server = null;
    await expect.poll(() => a.provider.wsconnected).toBe(false);
    // Typed while the server is down: only the clients hold these edits now.
    a.text.insert(0, 'offline-a;');
    b.doc.getMap('map').set('offline-b', true);
    // Same port, so the providers reconnect on their own (their backoff is at most 2.5 s).
    server = await startServer({ DATA_DIR: dataDir, PORT: port });
    await vi.waitFor(() => expect(a.provider.synced && b.provider.synced).toBe(true), { timeout: 10_000 });
    const after = await waitForConvergence([a.doc, b.doc]);
    expect(after).toEqual({ text: `offline-a;${before.text}`, map: { ...before.map, 'offline-b': true } });
    expect(await served('restart-live')).toEqual(after);
  });

  it('compacts the update log and serves the same content after a restart', async () => {
    dataDir = makeDataDir();
    await restart({ COMPACT_AFTER_UPDATES: 5 });
    const before = await edit('restart-compact', 50, 'c');
    const store = server!.app.store;
    // While the room is open: every time the log reaches 5 updates it is folded into a snapshot.
    await expect
      .poll(async () => {
        const stored = await store.load('restart-compact');
        return { hasSnapshot: stored.snapshot !== null, shortLog: stored.updates.length < 5 };
      })
      .toEqual({ hasSnapshot: true, shortLog: true });
    // Nearly all of the ~50 updates went into snapshots: the sequence moved on, the log did not grow.
    const stored = await store.load('restart-compact');
    expect(stored.lastSeq).toBeGreaterThanOrEqual(45);
    const fromStore = await storedDoc(store, 'restart-compact');
    expect(docContent(fromStore)).toEqual(before);

    await restart({ COMPACT_AFTER_UPDATES: 5 });
    expect(await served('restart-compact')).toEqual(before);
  });

  it('keeps edits made after a compaction across another restart', async () => {
    dataDir = makeDataDir();
    await restart({ COMPACT_AFTER_UPDATES: 5 });
    await edit('restart-twice', 50, 'p');
    await restart({ COMPACT_AFTER_UPDATES: 1000 });
    // Fewer edits than the threshold: they stay in the log after the snapshot and must be read back with it.
    for (const client of clients) client.destroy();
    clients = [];
    const after = await edit('restart-twice', 3, 'q');
    const stored = await server!.app.store.load('restart-twice');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeGreaterThan(0);
    await restart({ COMPACT_AFTER_UPDATES: 1000 });
    expect(await served('restart-twice')).toEqual(after);
    expect(after.text).toContain('p48;');
    expect(after.text).toContain('q0;');
  });
});
