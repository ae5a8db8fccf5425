import crypto from 'node:crypto';
import net from 'node:net';

/** RFC 6455 opcodes. */
export const Opcode = {
  continuation: 0x0,
  text: 0x1,
  binary: 0x2,
  close: 0x8,
  ping: 0x9,
  pong: 0xa,
} as const;

export interface FrameSpec {
  opcode: number;
  payload?: Uint8Array;
  /** Final fragment of a message. @default true */
  fin?: boolean;
  /** The three reserved bits as a number: 0b100 is RSV1, 0b001 is RSV3. @default 0 */
  rsv?: number;
  /** Clients must mask every frame; false writes a forbidden unmasked client frame. @default true */
  mask?: boolean;
  /** Payload length written in the header when it should lie about the payload. @default payload length */
  declaredLength?: bigint;
}

/** Encodes one WebSocket frame byte by byte, including the malformed ones `ws` would never write. */
export function encodeFrame(spec: FrameSpec): Buffer {
  const payload = Buffer.from(spec.payload ?? new Uint8Array());
  const fin = spec.fin ?? true;
  const masked = spec.mask ?? true;
  const length = spec.declaredLength ?? BigInt(payload.length);
  const head = [((fin ? 1 : 0) << 7) | (((spec.rsv ?? 0) & 0b111) << 4) | (spec.opcode & 0x0f)];
  const maskBit = masked ? 0x80 : 0;
  let extended = Buffer.alloc(0);
  if (length < 126n) {
    head.push(maskBit | Number(length));
  } else if (length <= 0xffffn) {
    head.push(maskBit | 126);
    extended = Buffer.alloc(2);
    extended.writeUInt16BE(Number(length));
  } else {
    head.push(maskBit | 127);
    extended = Buffer.alloc(8);
    extended.writeBigUInt64BE(length);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), extended, payload]);
  const key = crypto.randomBytes(4);
  const body = Buffer.from(payload.map((byte, i) => byte ^ key[i % 4]!));
  return Buffer.concat([Buffer.from(head), extended, key, body]);
}

export interface ReceivedFrame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** How the server ended a raw connection. */
export interface RawClose {
  /** Status code of the close frame the server sent, or null when it cut the connection without one. */
  code: number | null;
  reason: string;
}

export interface RawWebSocket {
  socket: net.Socket;
  /** Every frame the server sent, in order. */
  frames: ReceivedFrame[];
  /** Resolves when the TCP connection is gone. */
  closed: Promise<RawClose>;
  sendFrame(spec: FrameSpec): void;
  /** Resolves with the next frame matching `predicate` (already received ones included). */
  waitForFrame(predicate: (frame: ReceivedFrame) => boolean, timeoutMs?: number): Promise<ReceivedFrame>;
  destroy(): void;
}

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** Writes and reads a WebSocket upgrade by hand, so a test can then write any bytes it likes. */
export async function openRawWebSocket(port: number, path: string, timeoutMs = 5000): Promise<RawWebSocket> {
  const socket = net.connect({ port, host: '127.0.0.1' });
  socket.on('error', () => {
    // An attacked server may reset the connection; `closed` reports the end.
  });
  const key = crypto.randomBytes(16).toString('base64');
  const expectedAccept = crypto
    .createHash('sha1')
    .update(key + WS_GUID)
    .digest('base64');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );

  const frames: ReceivedFrame[] = [];
  const waiters = new Set<() => void>();
  let pending: Buffer = Buffer.alloc(0);
  let upgraded = false;

  const closed = new Promise<RawClose>((resolve) => {
    socket.once('close', () => {
      const closeFrame = frames.find((f) => f.opcode === Opcode.close);
      if (!closeFrame || closeFrame.payload.length < 2) {
        resolve({ code: null, reason: '' });
      } else {
        resolve({ code: closeFrame.payload.readUInt16BE(0), reason: closeFrame.payload.subarray(2).toString('utf8') });
      }
      for (const wake of waiters) wake();
    });
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no upgrade response for ${path}`)), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (!upgraded) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.subarray(0, end).toString('latin1');
        pending = pending.subarray(end + 4);
        clearTimeout(timer);
        const accept = /^sec-websocket-accept:\s*(\S+)/im.exec(head)?.[1];
        if (!head.startsWith('HTTP/1.1 101') || accept !== expectedAccept) {
          socket.destroy();
          reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
          return;
        }
        upgraded = true;
        resolve();
      }
      const before = frames.length;
      pending = parseFrames(pending, frames);
      // Answer a close frame like a real client would, so the server ends the connection at once.
      const close = frames.slice(before).find((f) => f.opcode === Opcode.close);
      if (close && !socket.destroyed) {
        socket.write(encodeFrame({ opcode: Opcode.close, payload: close.payload.subarray(0, 2) }));
      }
      for (const wake of waiters) wake();
    });
    socket.once('close', () => reject(new Error(`connection closed during the upgrade of ${path}`)));
  });

  return {
    socket,
    frames,
    closed,
    sendFrame: (spec) => {
      socket.write(encodeFrame(spec));
    },
    waitForFrame(predicate, waitMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const frame = frames.find(predicate);
          if (frame) {
            finish();
            resolve(frame);
          } else if (socket.destroyed) {
            finish();
            reject(new Error('connection closed before the expected frame arrived'));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error('expected frame did not arrive in time'));
        }, waitMs);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    destroy: () => socket.destroy(),
  };
}

/** Moves every complete frame from `buffer` into `into`; returns the incomplete rest. */
function parseFrames(buffer: Buffer, into: ReceivedFrame[]): Buffer {
  let rest = buffer;
  for (;;) {
    if (rest.length < 2) return rest;
    const fin = (rest[0]! & 0x80) !== 0;
    const opcode = rest[0]! & 0x0f;
    const masked = (rest[1]! & 0x80) !== 0;
    let length = rest[1]! & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (rest.length < 4) return rest;
      length = rest.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (rest.length < 10) return rest;
      length = Number(rest.readBigUInt64BE(2));
      offset = 10;
    }
    const keyOffset = offset;
    if (masked) offset += 4;
    if (rest.length < offset + length) return rest;
    let payload = Buffer.from(rest.subarray(offset, offset + length));
    if (masked) payload = Buffer.from(payload.map((byte, i) => byte ^ rest[keyOffset + (i % 4)]!));
    into.push({ fin, opcode, payload });
    rest = rest.subarray(offset + length);
  }
}
