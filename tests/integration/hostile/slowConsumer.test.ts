import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { captureLogger, type CapturedLog } from '../../helpers/captureLogger.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { Opcode, openRawWebSocket } from '../../helpers/rawSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const MAX_BUFFERED_BYTES = 1024 * 1024;
const CHUNK_CHARS = 256 * 1024;
// Loopback TCP buffers absorb a few MiB before anything stays queued in the server process.
const MAX_CHUNKS = 96;

describe('a client that stops reading', () => {
  let server: TestServer;
  let bystanders: Bystanders;
  let logs: CapturedLog;

  beforeAll(async () => {
    logs = captureLogger('warn');
    server = await startServer({ MAX_BUFFERED_BYTES }, { log: logs.log });
    bystanders = await startBystanders(server, 'slow-consumer');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it('is dropped once its unsent bytes pass MAX_BUFFERED_BYTES while everyone else keeps syncing', async () => {
    const slow = await openRawWebSocket(server.port, `/collab/${bystanders.attackedRoom}`);
    await slow.waitForFrame((frame) => frame.opcode === Opcode.binary);
    slow.socket.pause();
    const connectionsWithSlow = server.app.collab.connectionCount();

    const pusher = connectClient(server.collabUrl, bystanders.attackedRoom);
    await synced(pusher);
    const [watcher] = bystanders.sameRoom;
    const slowConsumerDrops = () => logs.entries().filter((e) => e.reason === 'slow_consumer');
    let pushed = 0;
    try {
      while (slowConsumerDrops().length === 0 && pushed < MAX_CHUNKS) {
        const marker = `<chunk ${pushed}>`;
        pusher.text.insert(pusher.text.length, marker + 'z'.repeat(CHUNK_CHARS));
        pushed += 1;
        // Keep pace with a healthy reader, so the only backlog is the slow one's.
        await vi.waitFor(() => expect(watcher.text.toString()).toContain(marker), { timeout: 5000, interval: 5 });
      }
    } finally {
      pusher.destroy();
    }

    const drops = slowConsumerDrops();
    expect(drops, `not dropped after ${pushed} chunks of ${CHUNK_CHARS} bytes`).toHaveLength(1);
    // The backlog it was allowed to build is bounded by the limit plus the one message that crossed it.
    expect(drops[0]!.bufferedBytes).toBeGreaterThan(MAX_BUFFERED_BYTES);
    expect(drops[0]!.bufferedBytes).toBeLessThanOrEqual(MAX_BUFFERED_BYTES + CHUNK_CHARS + 1024);
    await expect.poll(() => server.app.collab.connectionCount()).toBe(connectionsWithSlow - 1);
    // The server cut the TCP connection: reading again finds it gone.
    slow.socket.resume();
    await slow.closed;
    await bystanders.expectUnharmed();
  });
});
