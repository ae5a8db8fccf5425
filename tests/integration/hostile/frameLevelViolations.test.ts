import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { encodeFrame, Opcode, openRawWebSocket, type FrameSpec } from '../../helpers/rawSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const MAX_MESSAGE_BYTES = 4096;

// RFC 6455 status codes `ws` closes with on frame-level errors (it, not our code, answers these).
const PROTOCOL_ERROR = 1002;
const INVALID_PAYLOAD = 1007;
const MESSAGE_TOO_BIG = 1009;

const closeFrame = (code: number, extra: number[] = []): FrameSpec => ({
  opcode: Opcode.close,
  payload: new Uint8Array([code >> 8, code & 0xff, ...extra]),
});

const cases: Array<{ attack: string; frames: FrameSpec[]; closeCode: number }> = [
  {
    attack: 'an undefined data opcode',
    frames: [{ opcode: 0x3, payload: new Uint8Array([1, 2, 3]) }],
    closeCode: PROTOCOL_ERROR,
  },
  { attack: 'an undefined control opcode', frames: [{ opcode: 0xb }], closeCode: PROTOCOL_ERROR },
  {
    attack: 'RSV1 set without a negotiated extension',
    frames: [{ opcode: Opcode.binary, rsv: 0b100, payload: new Uint8Array([0, 0, 1, 0]) }],
    closeCode: PROTOCOL_ERROR,
  },
  {
    attack: 'RSV2 and RSV3 set',
    frames: [{ opcode: Opcode.binary, rsv: 0b011, payload: new Uint8Array([0, 0, 1, 0]) }],
    closeCode: PROTOCOL_ERROR,
  },
  {
    attack: 'a text frame that is not UTF-8',
    frames: [{ opcode: Opcode.text, payload: new Uint8Array([0xc3, 0x28, 0xff, 0xfe]) }],
    closeCode: INVALID_PAYLOAD,
  },
  {
    attack: 'a declared 64-bit length of 2^63 - 1',
    frames: [{ opcode: Opcode.binary, declaredLength: 2n ** 63n - 1n }],
    closeCode: MESSAGE_TOO_BIG,
  },
  {
    attack: 'a declared 64-bit length of 1 TiB',
    frames: [{ opcode: Opcode.binary, declaredLength: 2n ** 40n }],
    closeCode: MESSAGE_TOO_BIG,
  },
  {
    attack: 'thousands of continuation fragments adding up past the maximum message size',
    frames: [
      { opcode: Opcode.binary, fin: false, payload: new Uint8Array(16) },
      ...Array.from({ length: 5000 }, (): FrameSpec => ({
        opcode: Opcode.continuation,
        fin: false,
        payload: new Uint8Array([7]),
      })),
    ],
    closeCode: MESSAGE_TOO_BIG,
  },
  {
    attack: 'a ping with a 126-byte payload',
    frames: [{ opcode: Opcode.ping, payload: new Uint8Array(126) }],
    closeCode: PROTOCOL_ERROR,
  },
  {
    attack: 'a fragmented ping',
    frames: [{ opcode: Opcode.ping, fin: false, payload: new Uint8Array(4) }],
    closeCode: PROTOCOL_ERROR,
  },
  {
    attack: 'a close frame with a 1-byte payload',
    frames: [{ opcode: Opcode.close, payload: new Uint8Array([3]) }],
    closeCode: PROTOCOL_ERROR,
  },
  { attack: 'a close frame with a reserved status code', frames: [closeFrame(999)], closeCode: PROTOCOL_ERROR },
  {
    attack: 'an unmasked client frame',
    frames: [{ opcode: Opcode.binary, mask: false, payload: new Uint8Array([0, 0, 1, 0]) }],
    closeCode: PROTOCOL_ERROR,
  },
  {
    attack: 'a continuation frame with no message to continue',
    frames: [{ opcode: Opcode.continuation, payload: new Uint8Array([1]) }],
    closeCode: PROTOCOL_ERROR,
  },
  {
    attack: 'a new data frame inside a fragmented message',
    frames: [
      { opcode: Opcode.binary, fin: false, payload: new Uint8Array([0]) },
      { opcode: Opcode.binary, payload: new Uint8Array([0]) },
    ],
    closeCode: PROTOCOL_ERROR,
  },
];

describe('frame-level protocol violations on a raw socket', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    server = await startServer({ MAX_MESSAGE_BYTES });
    bystanders = await startBystanders(server, 'frame-attacks');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it.each(cases)('closes only the socket that sent $attack', async ({ frames, closeCode }) => {
    const raw = await openRawWebSocket(server.port, `/collab/${bystanders.attackedRoom}`);
    // The room answers a joined socket with sync step 1: the attack hits a fully admitted connection.
    await raw.waitForFrame((frame) => frame.opcode === Opcode.binary);
    raw.socket.write(Buffer.concat(frames.map(encodeFrame)));

    const closed = await raw.closed;
    expect(closed.code).toBe(closeCode);
    await bystanders.expectUnharmed();
    await expect.poll(() => server.app.collab.connectionCount()).toBe(4);
  });
});
