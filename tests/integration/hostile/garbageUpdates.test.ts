import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { bytes, openProtocolSocket, syncUpdate } from '../../helpers/protocolSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

function validUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, 'a perfectly good line');
  doc.getMap('map').set('key', { nested: [1, 2, 3] });
  return Y.encodeStateAsUpdate(doc);
}

// Payloads of a well-formed sync-update envelope that are not Yjs updates.
const cases: Array<{ payload: string; update: Uint8Array }> = [
  { payload: 'bytes that are no update at all', update: bytes(0xde, 0xad, 0xbe, 0xef, 0x01, 0x02, 0x03) },
  { payload: 'a struct count far beyond the bytes sent', update: bytes(1, 0xc0, 0x84, 0x3d, 5, 0) },
  {
    payload: 'an item with an undefined content type',
    update: bytes(1, 1, 5, 0, 0x1f, 1, 4, 0x74, 0x65, 0x78, 0x74, 0),
  },
  { payload: 'a valid update cut in half', update: validUpdate().slice(0, Math.floor(validUpdate().length / 2)) },
  { payload: 'a valid update with its last byte cut off', update: validUpdate().slice(0, -1) },
];

describe('sync updates that are not Yjs updates', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer();
    bystanders = await startBystanders(server, 'garbage-updates');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it.each(cases)('refuses $payload with 4422 and leaves the document intact', async ({ update }) => {
    const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    attacker.send(syncUpdate(update));

    const closed = await attacker.closedWithin();
    expect(closed).toEqual(CloseCodes.updateRejected);
    await bystanders.expectUnharmed();
  });

  it('refuses the same garbage as a sync step 2', async () => {
    const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    const step2 = syncUpdate(bytes(0xde, 0xad, 0xbe, 0xef));
    step2[1] = 1;
    attacker.send(step2);

    const closed = await attacker.closedWithin();
    expect(closed).toEqual(CloseCodes.updateRejected);
    await bystanders.expectUnharmed();
  });
});
