import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { ROOM_NAME_MAX_CHARS } from '../../../shared/protocol/roomName.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { captureLogger, type CapturedLog } from '../../helpers/captureLogger.js';
import { openRawWebSocket } from '../../helpers/rawSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

// Names as they appear in the URL path; each is distinctive, so finding it in the logs means it was logged.
const cases: Array<{ name: string; path: string }> = [
  { name: 'a path traversal', path: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'a plain ../ traversal', path: '../../secret-room' },
  { name: 'a 200-character name', path: 'toolong'.repeat(28) + 'end!' },
  { name: 'a name one character over the limit', path: 'Q'.repeat(ROOM_NAME_MAX_CHARS + 1) },
  { name: 'an empty name', path: '' },
  { name: 'a unicode name', path: encodeURIComponent('ondsindet-æøå-playbook') },
  { name: 'a name with a NUL byte', path: 'nul%00byte-room' },
  { name: 'a nested path', path: 'valid-room/extra-segment' },
];

describe('invalid room names', () => {
  let server: TestServer;
  let bystanders: Bystanders;
  let logs: CapturedLog;

  beforeAll(async () => {
    logs = captureLogger('trace');
    server = await startServer({}, { log: logs.log });
    bystanders = await startBystanders(server, 'valid-room');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  const expectNotLogged = (path: string) => {
    const text = logText(logs);
    for (const form of new Set([
      path,
      decodeURIComponent(path),
      path.slice(0, 16),
      decodeURIComponent(path).slice(0, 16),
    ])) {
      if (form.length >= 3) expect(text, `the logs contain ${JSON.stringify(form)}`).not.toContain(form);
    }
  };

  it.each(cases)('closes $name with 4404, loads nothing and never logs the name', async ({ path }) => {
    const loaded = server.app.collab.registry.loadedCount;
    // A raw request line: a WebSocket client would normalise '..' away before the server saw it.
    const raw = await openRawWebSocket(server.port, `/collab/${path}`);
    const closed = await raw.closed;

    expect(closed).toEqual(CloseCodes.invalidRoom);
    expect(server.app.collab.registry.loadedCount).toBe(loaded);
    expect(await server.app.store.list()).toEqual([bystanders.attackedRoom, bystanders.otherRoom].sort());
    // The refusal itself is logged (so the logs were captured), by length only.
    const refusals = logs.entries().filter((e) => e.msg === 'invalid room name' && e.roomNameLength === path.length);
    expect(refusals.length).toBeGreaterThan(0);
    expectNotLogged(path);
    await bystanders.expectUnharmed();
  });

  it('refuses unencoded UTF-8 in the request line without logging it', async () => {
    const name = 'råt-ondsindet-navn';
    const outcome = await openRawWebSocket(server.port, `/collab/${name}`).then(
      async (raw) => `closed ${(await raw.closed).code}`,
      (error: Error) => error.message,
    );
    // Either the HTTP parser refuses the request line or the room name check does.
    expect(outcome).toMatch(/^(closed 4404|upgrade refused: HTTP\/1.1 400)/);
    expectNotLogged(name);
    await bystanders.expectUnharmed();
  });

  it('accepts a name of exactly the maximum length', async () => {
    const name = 'M'.repeat(ROOM_NAME_MAX_CHARS);
    const ws = new WebSocket(`${server.collabUrl}/${name}`);
    await new Promise((resolve, reject) => {
      ws.once('message', resolve);
      ws.once('close', (code) => reject(new Error(`closed with ${code}`)));
    });
    ws.close();
  });
});

/** Every log line, with serialised buffers (`{ type: 'Buffer', data }`) turned back into text. */
function logText(logs: CapturedLog): string {
  return logs
    .entries()
    .map((entry) =>
      JSON.stringify(entry, (_key, value: unknown) =>
        typeof value === 'object' && value !== null && 'type' in value && value.type === 'Buffer' && 'data' in value
          ? Buffer.from(value.data as number[]).toString('utf8')
          : value,
      ),
    )
    .join('\n');
}
