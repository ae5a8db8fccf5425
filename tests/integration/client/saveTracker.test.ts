import path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterEach, expect, test } from 'vitest';
import { SaveTracker } from '../../../client/collab/SaveTracker.js';
import { SqliteDocumentStore } from '../../../server/storage/SqliteDocumentStore.js';
import { GatedDocumentStore } from '../../helpers/GatedDocumentStore.js';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';

let server: TestServer | null = null;
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server?.stop();
  if (server) removeDataDir(server.dataDir);
  server = null;
});

function connect(room: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server!.collabUrl, room, doc, {
    // reason: ws's WebSocket is API-compatible with the DOM one the provider is typed against.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const tracker = new SaveTracker(doc, provider, () => {});
  cleanups.push(() => {
    tracker.destroy();
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, tracker };
}

test('reports a change as saved only after the server committed it to storage', async () => {
  const dataDir = makeDataDir();
  const store = new GatedDocumentStore(
    new SqliteDocumentStore({ file: path.join(dataDir, 'db.sqlite'), synchronous: 'NORMAL' }),
  );
  server = await startServer({ DATA_DIR: dataDir }, { store });
  const { doc, provider, tracker } = connect('save-tracker');
  await expect.poll(() => provider.synced).toBe(true);
  expect(tracker.unsaved).toBe(false);

  store.closeGate();
  doc.getText('t').insert(0, 'hej');
  expect(tracker.unsaved).toBe(true);
  await expect.poll(() => store.held).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(tracker.unsaved).toBe(true);

  store.open();
  await expect.poll(() => tracker.unsaved).toBe(false);
  const stored = await store.load('save-tracker');
  expect(stored.updates.length + (stored.snapshot ? 1 : 0)).toBeGreaterThan(0);
});

test('changes made while disconnected count as saved only after the reconnect delivered them', async () => {
  const dataDir = makeDataDir();
  const store = new GatedDocumentStore(
    new SqliteDocumentStore({ file: path.join(dataDir, 'db.sqlite'), synchronous: 'NORMAL' }),
  );
  server = await startServer({ DATA_DIR: dataDir }, { store });
  const { doc, provider, tracker } = connect('save-tracker-offline');
  await expect.poll(() => provider.synced).toBe(true);

  provider.disconnect();
  doc.getText('t').insert(0, 'skrevet offline');
  expect(tracker.unsaved).toBe(true);
  store.closeGate();
  provider.connect();
  await expect.poll(() => provider.synced).toBe(true);
  await expect.poll(() => store.held).toBe(1);
  expect(tracker.unsaved).toBe(true);

  store.open();
  await expect.poll(() => tracker.unsaved).toBe(false);
  const check = new Y.Doc();
  const stored = await store.load('save-tracker-offline');
  if (stored.snapshot) Y.applyUpdate(check, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(check, update);
  expect(check.getText('t').toString()).toBe('skrevet offline');
});
