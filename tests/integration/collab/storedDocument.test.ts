import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { docContent } from '../../helpers/docContent.js';
import { removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';
import { waitForConvergence } from '../../helpers/waitForConvergence.js';

// The store is read directly, without a room: what is on disk must be a complete document by itself.
describe('stored document', () => {
  let server: TestServer;
  let clients: TestClient[] = [];

  beforeEach(async () => {
    server = await startServer({ COMPACT_AFTER_UPDATES: 8 });
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

  it('rebuilds from the store into exactly what the clients hold', async () => {
    const a = await join('stored-plain');
    const b = await join('stored-plain');
    for (let i = 0; i < 25; i++) {
      a.text.insert(a.text.length, `a${i} `);
      b.text.insert(0, `b${i} `);
      if (i % 5 === 4) b.text.delete(2, 4);
      a.doc.getMap('map').set('counter', i);
      b.doc.getMap('map').set(`b${i % 3}`, { round: i });
    }
    const agreed = await waitForConvergence([a.doc, b.doc]);
    // Relayed means committed, so the store holds everything the clients agreed on, compacted or not.
    const rebuilt = await storedDoc(server.app.store, 'stored-plain');
    expect(docContent(rebuilt)).toEqual(agreed);
    // Same Yjs history, not only the same text: the state vectors match too.
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('rebuilds edits that were made offline and merged on reconnect', async () => {
    const a = await join('stored-offline');
    const b = await join('stored-offline');
    a.text.insert(0, 'shared start. ');
    await waitForConvergence([a.doc, b.doc]);
    b.provider.disconnect();
    // B writes on top of A's text while offline; A keeps writing too.
    for (let i = 0; i < 10; i++) {
      b.text.insert(b.text.length, `offline-b${i} `);
      a.text.insert(0, `online-a${i} `);
    }
    b.text.delete(0, 'shared'.length);
    b.provider.connect();
    const agreed = await waitForConvergence([a.doc, b.doc]);
    expect(agreed.text).toContain('offline-b9');
    expect(agreed.text).toContain('online-a9');
    expect(agreed.text).not.toContain('shared');
    const rebuilt = await storedDoc(server.app.store, 'stored-offline');
    expect(docContent(rebuilt)).toEqual(agreed);
  });

  it('stays readable after the room unloads and compacts', async () => {
    const a = await join('stored-unloaded');
    for (let i = 0; i < 20; i++) a.text.insert(i, String.fromCharCode(97 + i));
    a.doc.getMap('map').set('done', true);
    const content = docContent(a.doc);
    a.destroy();
    await expect.poll(() => server.app.collab.registry.loadedCount, { timeout: 5_000 }).toBe(0);
    const stored = await server.app.store.load('stored-unloaded');
    // The final compaction on unload folds the whole log into the snapshot.
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(0);
    const rebuilt = await storedDoc(server.app.store, 'stored-unloaded');
    expect(docContent(rebuilt)).toEqual(content);
    expect(content.text).toBe('abcdefghijklmnopqrst');
  });

  it("notices an update appended behind a loaded room's back, reloads, and loses neither", async () => {
    const a = await join('stored-behind');
    const b = await join('stored-behind');
    a.text.insert(0, 'room ');
    await waitForConvergence([a.doc, b.doc]);
    // A writer outside the room (the API creating or importing into the same id would be one) takes the
    // next sequence number the room expects to use.
    const outside = new Y.Doc();
    outside.getText('text').insert(0, 'outside ');
    await server.app.store.appendUpdate('stored-behind', Y.encodeStateAsUpdate(outside));
    // The room's next append collides: the room closes its sockets, reloads from storage, the clients
    // reconnect and send their edit again.
    a.text.insert(a.text.length, 'after');
    await expect
      .poll(() => [a.text.toString(), b.text.toString()].every((t) => t.includes('outside') && t.includes('after')), {
        timeout: 10_000,
      })
      .toBe(true);
    const agreed = await waitForConvergence([a.doc, b.doc]);
    const rebuilt = await storedDoc(server.app.store, 'stored-behind');
    expect(docContent(rebuilt)).toEqual(agreed);
  });
});
