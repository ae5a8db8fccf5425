import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { bytes, lengthPrefixed, openProtocolSocket } from '../../helpers/protocolSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

/** A message whose type is `type` (as a varint) followed by `payload`. */
function typed(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

const types = [
  { type: 'auth (2), which only servers send', value: 2 },
  { type: '4', value: 4 },
  { type: '127', value: 127 },
  { type: '128 (a two-byte varint)', value: 128 },
  { type: '2^31', value: 2 ** 31 },
];
const payloads = [
  { payload: 'no payload', value: new Uint8Array() },
  { payload: 'garbage', value: bytes(0xff, 0x00, 0xfe, 0x80) },
  { payload: 'what looks like a sync update', value: bytes(2, lengthPrefixed(bytes(0xde, 0xad))) },
  { payload: 'a length prefix far beyond the message', value: bytes(0xff, 0xff, 0xff, 0x7f) },
];
const cases = types.flatMap((t) =>
  payloads.map((p) => ({ type: t.type, payload: p.payload, message: typed(t.value, p.value) })),
);

describe('messages of unknown types', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer();
    bystanders = await startBystanders(server, 'unknown-types');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it.each(cases)('ignores type $type with $payload: the socket stays open and nothing changes', async ({ message }) => {
    const sender = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    const stored = await server.app.store.load(bystanders.attackedRoom);
    const ignoredBefore = await rejectedCount(server, 'unknown_type');

    sender.send(message);
    sender.send(message);
    await sender.roundTrip();

    expect(sender.ws.readyState).toBe(sender.ws.OPEN);
    expect(await server.app.store.load(bystanders.attackedRoom)).toEqual(stored);
    expect(await rejectedCount(server, 'unknown_type')).toBe(ignoredBefore + 2);
    // Nothing was relayed: the bystanders' documents still equal what is stored.
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    expect(Y.encodeStateVector(bystanders.sameRoom[0].doc)).toEqual(Y.encodeStateVector(doc));
    sender.close();
    await bystanders.expectUnharmed();
  });
});

async function rejectedCount(server: TestServer, reason: string): Promise<number> {
  const metric = await server.app.metrics.rejected.get();
  return metric.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}
