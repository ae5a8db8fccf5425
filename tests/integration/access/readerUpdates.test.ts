import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AuthMessage, MessageType, SyncStep } from '../../../shared/protocol/messageTypes.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import {
  bytes,
  lengthPrefixed,
  openProtocolSocket,
  recordUpdates,
  syncUpdate,
  type ProtocolSocket,
} from '../../helpers/protocolSocket.js';
import { roleFromQuery } from '../../helpers/roleFromQuery.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const isPermissionDenied = (m: Uint8Array) => m[0] === MessageType.auth && m[1] === AuthMessage.permissionDenied;

describe("a reader's updates", () => {
  let server: TestServer;
  const sockets: ProtocolSocket[] = [];
  const clients: TestClient[] = [];

  beforeEach(async () => {
    server = await startServer({}, { authorize: roleFromQuery });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  const reader = async (room: string) => {
    const socket = await openProtocolSocket(server.collabUrl, `${room}?role=reader`);
    sockets.push(socket);
    return socket;
  };
  const writer = async (room: string) => {
    const client = connectClient(server.collabUrl, room);
    clients.push(client);
    await synced(client);
    return client;
  };

  it('are refused over the raw protocol (update and sync step 2), the reader is told, and nothing changes', async () => {
    const anna = await writer('reader-raw');
    anna.text.insert(0, 'agreed text');
    await expect.poll(async () => (await server.app.store.load('reader-raw')).updates.length).toBe(1);
    const before = await server.app.store.load('reader-raw');

    const socket = await reader('reader-raw');
    const forged = new Y.Doc();
    const updates = recordUpdates(forged);
    forged.getText('text').insert(0, 'written by a reader');
    socket.send(syncUpdate(updates[0]!));
    await socket.waitForMessage(isPermissionDenied);
    const from = socket.received.length;
    socket.send(bytes(MessageType.sync, SyncStep.step2, lengthPrefixed(updates[0]!)));
    await socket.waitForMessage(isPermissionDenied, { from });

    // Still connected, still in sync: the reader keeps receiving what editors write.
    await socket.roundTrip();
    const seen = socket.received.length;
    anna.text.insert(anna.text.length, ' and more');
    await socket.waitForMessage((m) => m[0] === MessageType.sync && m[1] === SyncStep.update, { from: seen });
    expect(anna.text.toString()).toBe('agreed text and more');
    const after = await server.app.store.load('reader-raw');
    expect(after.updates.length).toBe(before.updates.length + 1);
    const rebuilt = new Y.Doc();
    for (const u of after.updates) Y.applyUpdate(rebuilt, u);
    expect(rebuilt.getText('text').toString()).toBe('agreed text and more');
  });

  it("passes a reader's empty sync answer silently", async () => {
    const socket = await reader('reader-empty');
    socket.send(bytes(MessageType.sync, SyncStep.step2, lengthPrefixed(Y.encodeStateAsUpdate(new Y.Doc()))));
    await socket.roundTrip();
    expect(socket.received.some(isPermissionDenied)).toBe(false);
  });

  it('never reach editors from a stock client opened read-only, while the reader still follows along', async () => {
    const anna = await writer('reader-stock');
    const bo = connectClient(server.collabUrl, 'reader-stock', { params: { role: 'reader' } });
    clients.push(bo);
    await synced(bo);
    bo.text.insert(0, 'reader typing ');
    anna.text.insert(0, 'editor typing');
    await expect.poll(() => bo.text.toString()).toContain('editor typing');
    // Give a refused update every chance to arrive before checking it did not.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(anna.text.toString()).toBe('editor typing');
  });
});
