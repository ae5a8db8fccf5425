import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { bytes, lengthPrefixed, openProtocolSocket } from '../../helpers/protocolSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

// Messages whose y-websocket envelope cannot be decoded.
const cases: Array<{ message: string; bytes: Uint8Array }> = [
  { message: 'an empty message', bytes: bytes() },
  { message: 'a truncated message-type varint', bytes: bytes(0x80) },
  { message: 'a message-type varint beyond 2^53', bytes: bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f) },
  { message: 'a sync message without a step', bytes: bytes(0) },
  { message: 'a truncated sync-step varint', bytes: bytes(0, 0x81) },
  { message: 'an unknown sync step', bytes: bytes(0, 9, lengthPrefixed(new Uint8Array([0]))) },
  { message: 'a sync payload longer than the message', bytes: bytes(0, 2, 0x7f, 1, 2, 3) },
  { message: 'a sync payload length that is a truncated varint', bytes: bytes(0, 2, 0xff) },
  { message: 'a state vector that cannot be decoded', bytes: bytes(0, 0, lengthPrefixed(new Uint8Array([5, 1]))) },
  { message: 'an awareness message without its payload', bytes: bytes(1) },
];

describe('malformed y-websocket messages', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer();
    bystanders = await startBystanders(server, 'malformed');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it.each(cases)(
    'closes the socket that sends $message with 4400 and harms no one else',
    async ({ bytes: message }) => {
      const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
      attacker.send(message);

      const closed = await attacker.closedWithin();
      expect(closed).toEqual(CloseCodes.malformedMessage);
      await bystanders.expectUnharmed();
    },
  );
});
