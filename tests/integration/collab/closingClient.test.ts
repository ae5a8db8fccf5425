import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../../../server/storage/SqliteDocumentStore.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { DelayedDocumentStore } from '../../helpers/DelayedDocumentStore.js';
import { docContent } from '../../helpers/docContent.js';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';

// A user types and closes the tab at once: every edit that reached the server before the close frame is
// the user's only copy, so it must be stored even though its connection is gone by the time it is handled.
describe('a client that closes right after typing', () => {
  let server: TestServer;

  afterEach(async () => {
    await server.stop();
    removeDataDir(server.dataDir);
  });

  async function typeAndClose(room: string): Promise<string> {
    const client = connectClient(server.collabUrl, room);
    await synced(client);
    for (let i = 0; i < 10; i++) client.text.insert(client.text.length, `${i};`);
    client.doc.getMap('map').set('last', 'set just before closing');
    const typed = docContent(client.doc);
    client.destroy();
    expect(typed.text).toBe('0;1;2;3;4;5;6;7;8;9;');
    return JSON.stringify(typed);
  }

  async function expectStored(room: string, typed: string): Promise<void> {
    await expect
      .poll(async () => JSON.stringify(docContent(await storedDoc(server.app.store, room))), { timeout: 3_000 })
      .toBe(typed);
  }

  it('keeps every edit with the embedded SQLite store', async () => {
    server = await startServer();
    const typed = await typeAndClose('closing-sqlite');
    await expectStored('closing-sqlite', typed);
  });

  it('keeps every edit with an asynchronous store', async () => {
    const dataDir = makeDataDir();
    const sqlite = new SqliteDocumentStore({ file: path.join(dataDir, 'drejebog.sqlite'), synchronous: 'NORMAL' });
    server = await startServer({ DATA_DIR: dataDir }, { store: new DelayedDocumentStore(sqlite) });
    const typed = await typeAndClose('closing-async');
    await expectStored('closing-async', typed);
  });
});
