import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics, RejectReason } from '../ops/metrics.js';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { Principal } from './authorize.js';

import { encodeBinaryFrame } from './binaryFrame.js';
import { TokenBucket } from './TokenBucket.js';

// Cheap messages (stale awareness echoes) are not charged to the message budget, but are not unlimited.
const FRAME_CEILING_FACTOR = 10;

type CloseCode = (typeof CloseCodes)[keyof typeof CloseCodes];

export interface ConnectionDeps {
  config: Config;
  metrics: Metrics;
  log: Logger;
}

/**
 * One client's websocket in one room: sending with back-pressure, a message-rate budget, liveness, and the
 * awareness client ids this socket introduced (removed for everyone when it goes away).
 */
export class Connection {
  readonly id = randomUUID();
  /** Awareness client ids whose state arrived on this socket. */
  readonly awarenessClientIds = new Set<number>();
  /** False after a ping until the pong arrives. */
  alive = true;
  lastSentAtMs = Date.now();
  /** True from the moment the server asked for the client's state until the client's sync step 2 arrived. */
  awaitingSyncAnswer = false;
  /** Updates that wait for content the client has not sent yet (see Room.receiveUpdate). */
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** When the oldest held update arrived, or null. */
  heldSinceMs: number | null = null;
  private readonly messages: TokenBucket;
  private readonly frames: TokenBucket;
  private closed = false;
  private corked = false;
  private bytesThisTick = 0;

  constructor(
    readonly ws: WebSocket,
    /** The TCP socket under `ws`: room messages are framed once and written here directly. */
    private readonly socket: Socket,
    readonly roomId: string,
    readonly principal: Principal,
    private readonly deps: ConnectionDeps,
  ) {
    const { RATE_LIMIT_MESSAGES_PER_SECOND: rate, RATE_LIMIT_BURST: burst } = deps.config;
    this.messages = new TokenBucket(rate, burst);
    this.frames = new TokenBucket(rate * FRAME_CEILING_FACTOR, burst * FRAME_CEILING_FACTOR);
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends one binary message, or drops the connection when it has stopped reading. */
  send(message: Uint8Array): void {
    this.sendFrame(encodeBinaryFrame(message));
  }

  /**
   * Writes an already framed message (see binaryFrame.ts). Writes within one event-loop turn are corked
   * into one system call: a typing peer's update and cursor move reach each receiver as one write.
   */
  sendFrame(frame: Buffer): void {
    if (!this.isOpen) return;
    const buffered = this.socket.writableLength;
    if (buffered > this.deps.config.MAX_BUFFERED_BYTES) {
      // A close frame would queue behind the unread data, so the socket is cut instead.
      this.reject(CloseCodes.slowConsumer, 'slow_consumer', { bufferedBytes: buffered });
      this.ws.terminate();
      return;
    }
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(this.uncork);
    }
    this.socket.write(frame);
    this.bytesThisTick += frame.byteLength;
  }

  private readonly uncork = (): void => {
    this.corked = false;
    this.socket.uncork();
    this.lastSentAtMs = Date.now();
    this.deps.metrics.bytesOut.inc(this.bytesThisTick);
    this.bytesThisTick = 0;
  };

  /** Keeps an update until its dependencies arrive; false when that would exceed `maxBytes` in all. */
  hold(update: Uint8Array, maxBytes: number): boolean {
    if (this.heldBytes + update.byteLength > maxBytes) return false;
    this.held.push(update);
    this.heldBytes += update.byteLength;
    this.heldSinceMs ??= Date.now();
    return true;
  }

  get heldUpdateCount(): number {
    return this.held.length;
  }

  /** Removes and returns every held update, oldest first. */
  takeHeld(): Uint8Array[] {
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    this.heldSinceMs = null;
    return held;
  }

  /** Takes one message from the rate budget of messages that cost work; false when it is spent. */
  takeMessageToken(): boolean {
    return this.messages.take(Date.now());
  }

  /**
   * Takes one frame from the ceiling on all messages (cheap ones included), ten times the message budget.
   */
  takeFrameToken(): boolean {
    return this.frames.take(Date.now());
  }

  /** Closes with a named code, counts the reason and logs one line (never the raw room name of a bad URL). */
  reject(code: CloseCode, reason: RejectReason, details: Record<string, unknown> = {}): void {
    if (this.closed) return;
    this.closed = true;
    this.deps.metrics.rejected.labels(reason).inc();
    this.deps.log.warn(
      { connection: this.id, room: this.roomId, reason, closeCode: code.code, ...details },
      'connection refused',
    );
    this.ws.close(code.code, code.reason);
  }

  /** Closes without blame (shutdown, room reset). */
  close(code: CloseCode): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code.code, code.reason);
  }

  markClosed(): void {
    this.closed = true;
  }
}
