import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { openProtocolSocket } from '../../helpers/protocolSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const cases: Array<{ frame: string; text: string }> = [
  { frame: 'plain text', text: 'hello, server' },
  { frame: 'JSON', text: '{"type":"update","data":[0,2,1,0]}' },
  // The bytes of a valid sync step 1, sent as text: the protocol is binary only, whatever the bytes.
  { frame: 'protocol bytes as text', text: '\u0000\u0000\u0001\u0000' },
];

describe('text frames', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer();
    bystanders = await startBystanders(server, 'text-frames');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it.each(cases)('close the socket that sends $frame with 1003', async ({ text }) => {
    const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    attacker.send(text);

    const closed = await attacker.closedWithin();
    expect(closed).toEqual(CloseCodes.unsupportedData);
    await bystanders.expectUnharmed();
  });
});
