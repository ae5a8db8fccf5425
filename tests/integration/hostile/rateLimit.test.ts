import path from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DocumentStore } from '../../../server/storage/DocumentStore.js';
import { SqliteDocumentStore } from '../../../server/storage/SqliteDocumentStore.js';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { awarenessUpdate, openProtocolSocket, syncStep1 } from '../../helpers/protocolSocket.js';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';

const RATE_LIMIT_BURST = 20;
const FLOOD = 5 * RATE_LIMIT_BURST;

/** An awareness update announcing a cursor of client `clientId` at `clock`. */
function cursor(clientId: number, clock: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify({ cursor: clock }));
  return awarenessUpdate(encoding.toUint8Array(encoder));
}

describe('a client sending more messages than RATE_LIMIT_BURST at once', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_BURST, RATE_LIMIT_MESSAGES_PER_SECOND: RATE_LIMIT_BURST });
    bystanders = await startBystanders(server, 'rate-limit');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it('is closed as rate-limited after its burst of sync messages', async () => {
    const flooder = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    for (let i = 0; i < FLOOD; i++) flooder.send(syncStep1(new Uint8Array([0])));

    const closed = await flooder.closedWithin();
    expect(closed).toEqual(CloseCodes.rateLimited);
    // It got answers for no more than its burst.
    expect(flooder.received.length - 1).toBeLessThanOrEqual(RATE_LIMIT_BURST);
    await bystanders.expectUnharmed();
  });

  it('is closed as rate-limited after its burst of cursor moves, and the moves it got relayed get no one else closed', async () => {
    // Stock clients send back every awareness update they receive, so each relayed cursor move costs each
    // bystander one message of its own budget.
    const flooder = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    for (let i = 1; i <= FLOOD; i++) flooder.send(cursor(880_001, i));

    const closed = await flooder.closedWithin();
    expect(closed).toEqual(CloseCodes.rateLimited);
    await bystanders.expectUnharmed();
  });
});

/** The real SQLite store, answering `load` only after `delayMs`: a room that takes a while to open. */
function slowLoadingStore(file: string, delayMs: number): DocumentStore {
  const inner = new SqliteDocumentStore({ file, synchronous: 'NORMAL' });
  return {
    load: async (docId) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return inner.load(docId);
    },
    appendUpdate: (docId, update) => inner.appendUpdate(docId, update),
    compact: (docId, snapshot, upToSeq) => inner.compact(docId, snapshot, upToSeq),
    list: () => inner.list(),
    delete: (docId) => inner.delete(docId),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

describe('a client flooding a room that is still loading', () => {
  let server: TestServer;
  let storeDir = '';

  beforeAll(async () => {
    storeDir = makeDataDir();
    const store = slowLoadingStore(path.join(storeDir, 'slow.sqlite'), 300);
    server = await startServer({ RATE_LIMIT_BURST, RATE_LIMIT_MESSAGES_PER_SECOND: RATE_LIMIT_BURST }, { store });
  });

  afterAll(async () => {
    await server?.stop();
    if (storeDir) removeDataDir(storeDir);
  });

  it('is closed as rate-limited and counted like any other flood', async () => {
    const rejectedBefore = (await server.app.metrics.rejected.get()).values.find(
      (v) => v.labels.reason === 'rate_limited',
    )?.value;
    const flooder = new WebSocket(`${server.collabUrl}/loading-room`);
    flooder.on('open', () => {
      for (let i = 0; i < FLOOD; i++) flooder.send(syncStep1(new Uint8Array([0])));
    });
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      flooder.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });

    expect(closed).toEqual(CloseCodes.rateLimited);
    const rejectedAfter = (await server.app.metrics.rejected.get()).values.find(
      (v) => v.labels.reason === 'rate_limited',
    )?.value;
    expect(rejectedAfter).toBe((rejectedBefore ?? 0) + 1);
  });
});
