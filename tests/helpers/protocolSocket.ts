import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { MessageType, SyncStep } from '../../shared/protocol/messageTypes.js';

/** How the server closed a socket, as the client saw it. */
export interface SocketClose {
  code: number;
  reason: string;
}

/**
 * A `ws` client that speaks the y-websocket wire format byte by byte, so a test can send exactly the
 * message it wants (well-formed or not) and see how the server answers.
 */
export interface ProtocolSocket {
  ws: WebSocket;
  /** Every binary message the server sent, in order. */
  received: Uint8Array[];
  closed: Promise<SocketClose>;
  /** Resolves with how the socket was closed; rejects when it is still open after `timeoutMs`. */
  closedWithin(timeoutMs?: number): Promise<SocketClose>;
  send(bytes: Uint8Array | string): void;
  /** Resolves with the first message from index `from` on (received already or later) matching `predicate`. */
  waitForMessage(
    predicate: (message: Uint8Array) => boolean,
    options?: { timeoutMs?: number; from?: number },
  ): Promise<Uint8Array>;
  /**
   * Sends a sync step 1 and waits for the server's step 2. The room handles messages in order, so this
   * proves the connection is open and everything sent before was processed.
   */
  roundTrip(timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Opens `collabUrl/room` and resolves once the server sent its first message (the room joined it). */
export async function openProtocolSocket(
  collabUrl: string,
  room: string,
  options: WebSocket.ClientOptions = {},
): Promise<ProtocolSocket> {
  const ws = new WebSocket(`${collabUrl}/${room}`, options);
  ws.binaryType = 'nodebuffer';
  const received: Uint8Array[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data: Buffer) => {
    received.push(new Uint8Array(data));
    for (const wake of waiters) wake();
  });
  ws.on('error', () => {
    // The outcome that matters is the close code, reported by `closed`.
  });
  const closed = new Promise<SocketClose>((resolve) => {
    ws.once('close', (code: number, reason: Buffer) => {
      resolve({ code, reason: reason.toString('utf8') });
      for (const wake of waiters) wake();
    });
  });

  const waitForMessage = (
    predicate: (message: Uint8Array) => boolean,
    { timeoutMs = 5000, from = 0 }: { timeoutMs?: number; from?: number } = {},
  ): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      let seen = from;
      const check = () => {
        for (; seen < received.length; seen++) {
          const message = received[seen]!;
          if (predicate(message)) {
            finish();
            resolve(message);
            return;
          }
        }
        if (ws.readyState === WebSocket.CLOSED) {
          finish();
          reject(new Error('socket closed before the expected message arrived'));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error('expected message did not arrive in time'));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code: number) => reject(new Error(`socket closed with ${code} before opening`)));
  });
  await waitForMessage(() => true);

  return {
    ws,
    received,
    closed,
    closedWithin: (timeoutMs = 3000) =>
      Promise.race([
        closed,
        new Promise<never>((_, reject) => {
          setTimeout(() => reject(new Error(`socket still open after ${timeoutMs} ms`)), timeoutMs).unref();
        }),
      ]),
    send: (bytes) => ws.send(bytes),
    waitForMessage,
    async roundTrip(timeoutMs = 5000) {
      const from = received.length;
      ws.send(syncStep1(new Uint8Array([0])));
      await waitForMessage((message) => message[0] === MessageType.sync && message[1] === SyncStep.step2, {
        timeoutMs,
        from,
      });
    },
    close: () => ws.close(),
  };
}

/** Concatenates raw bytes into one message. */
export function bytes(...parts: Array<number | Uint8Array>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeUint8(encoder, part);
    else encoding.writeUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

/** `varUint(length) ++ payload`: the length-prefixed byte array of lib0. */
export function lengthPrefixed(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A sync step 1 message carrying `stateVector`. */
export function syncStep1(stateVector: Uint8Array): Uint8Array {
  return bytes(MessageType.sync, SyncStep.step1, lengthPrefixed(stateVector));
}

/** A sync update message carrying `update` (valid or not). */
export function syncUpdate(update: Uint8Array): Uint8Array {
  return bytes(MessageType.sync, SyncStep.update, lengthPrefixed(update));
}

/** An awareness message carrying `update` (valid or not). */
export function awarenessUpdate(update: Uint8Array): Uint8Array {
  return bytes(MessageType.awareness, lengthPrefixed(update));
}

/** The updates a doc emits, one per transaction, so a test can send any subset of them. */
export function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}
