import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { openProtocolSocket } from '../../helpers/protocolSocket.js';
import { Opcode, openRawWebSocket } from '../../helpers/rawSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const PING_INTERVAL_MS = 100;
// Abnormal closure: what a client sees when the server cuts the TCP connection without a close frame.
const ABNORMAL_CLOSURE = 1006;

describe('a peer that does not answer pings', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer({ PING_INTERVAL_MS });
    bystanders = await startBystanders(server, 'dead-peer');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it('is dropped within a few ping intervals when it is a ws client with autoPong off', async () => {
    const timeoutsBefore = await timeoutCount(server);
    const silent = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom, { autoPong: false });
    const openedAt = Date.now();

    const closed = await silent.closedWithin(10 * PING_INTERVAL_MS);
    // A dead peer cannot read a close frame, so cutting the connection is as good as 4408.
    expect([CloseCodes.timeout.code, ABNORMAL_CLOSURE]).toContain(closed.code);
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(PING_INTERVAL_MS);
    expect(await timeoutCount(server)).toBe(timeoutsBefore + 1);
    // Stock clients answer every ping, so none of them was dropped in the meantime.
    await bystanders.expectUnharmed();
  });

  it('is dropped when it is a raw socket that reads pings and never sends a pong', async () => {
    const silent = await openRawWebSocket(server.port, `/collab/${bystanders.attackedRoom}`);
    await silent.waitForFrame((frame) => frame.opcode === Opcode.ping, 10 * PING_INTERVAL_MS);

    const closed = await Promise.race([
      silent.closed,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('still connected')), 10 * PING_INTERVAL_MS)),
    ]);
    expect(closed.code === null || closed.code === CloseCodes.timeout.code).toBe(true);
    await bystanders.expectUnharmed();
    // The bystanders stayed connected through dozens of ping rounds.
    expect(server.app.collab.connectionCount()).toBe(4);
  });
});

async function timeoutCount(server: TestServer): Promise<number> {
  const metric = await server.app.metrics.rejected.get();
  return metric.values.find((v) => v.labels.reason === 'timeout')?.value ?? 0;
}
