import type { Fanout } from '../fanout/Fanout.js';
import type { RoomAwareness } from './RoomAwareness.js';

/** Cursor changes are relayed at most this often per room. */
const AWARENESS_BATCH_MS = 40;

/**
 * What a room sends out, and when. Committed updates go to the fan-out at the end of the current
 * event-loop turn, together with the cursor changes pending by then: a typist's update and cursor move
 * usually arrive together and then reach each receiver in one write. Cursor changes alone are relayed as
 * one message per `AWARENESS_BATCH_MS`: stock clients answer every awareness message with one of their own,
 * so batching cuts both what the server sends and the echoes it gets back (40 ms goes unnoticed).
 */
export class RoomRelay {
  private readonly outbox: Array<{ message: Uint8Array; originConnectionId: string | null }> = [];
  private flushScheduled = false;
  private awarenessTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly roomId: string,
    private readonly fanout: Fanout,
    private readonly presence: RoomAwareness,
  ) {}

  /** Queues a committed update for everyone but its origin connection. */
  update(message: Uint8Array, originConnectionId: string | null): void {
    this.outbox.push({ message, originConnectionId });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(this.flush);
    }
  }

  /** Notes that the room's awareness changed; the change goes out with the next batch. */
  awarenessChanged(): void {
    this.awarenessTimer ??= setTimeout(() => this.relayAwareness(), AWARENESS_BATCH_MS);
  }

  /** Sends everything pending now. */
  readonly flush = (): void => {
    this.flushScheduled = false;
    for (const { message, originConnectionId } of this.outbox.splice(0)) {
      this.fanout.publish(this.roomId, message, originConnectionId);
    }
    if (this.awarenessTimer) this.relayAwareness();
  };

  private relayAwareness(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    const batch = this.presence.takeBatch();
    if (batch) this.fanout.publish(this.roomId, batch.message, batch.soleContributor?.id ?? null);
  }

  /** Sends what is pending and stops the timer (the room is unloading). */
  close(): void {
    this.flush();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
  }
}
