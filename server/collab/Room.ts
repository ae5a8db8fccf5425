import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { MessageType, SyncStep } from '../../shared/protocol/messageTypes.js';
import type { Config } from '../config.js';
import type { Fanout } from '../fanout/Fanout.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { DocumentStore, MaybePromise } from '../storage/DocumentStore.js';
import { isStaleAwarenessUpdate } from './awarenessFastPath.js';
import type { Connection } from './Connection.js';
import {
  awarenessMessage,
  awarenessStatesMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './messages.js';
import { findMissingDependency } from './updateDependencies.js';

export interface RoomDeps {
  config: Config;
  store: DocumentStore;
  fanout: Fanout;
  /**
   * Called at most every `CHANGE_NOTIFY_DELAY_MS` after committed changes, and once more before the room
   * unloads; lets the playbook catalogue keep titles and status in step with the document.
   */
  onDocumentChanged?: (roomId: string, doc: Y.Doc) => void;
  metrics: Metrics;
  log: Logger;
}

/** Transaction origin of updates read from storage: they are never stored or relayed again. */
const FROM_STORAGE = Symbol('storage');
/** Transaction origin of changes the server itself makes (seeding, renaming through the API). */
const FROM_SERVER = Symbol('server');
const CHANGE_NOTIFY_DELAY_MS = 300;

type Task = () => MaybePromise<void>;

/** Thrown inside message handling when the message cannot be decoded; the caller closes the connection. */
export class MalformedMessageError extends Error {}

/**
 * One playbook held in memory while anyone has it open: its Y.Doc, awareness and connections.
 *
 * Every change goes through one queue per room: decode → check → apply → commit to storage → relay. A
 * sync reply is computed in the same queue, so what any client receives has always been committed first.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<string, Connection>();
  /** Which connection introduced each awareness client id. */
  private readonly awarenessOwners = new Map<number, string>();
  /** Set once unloading began; a closed room accepts no one. */
  closed = false;

  private readonly queue: Task[] = [];
  private draining = false;
  private lastSeq: number;
  private logUpdates: number;
  private logBytes: number;
  private totalBytes: number;
  private compactionScheduled = false;
  private appliedUpdate: Uint8Array | null = null;
  private readonly unsubscribe: () => void;

  private constructor(
    readonly id: string,
    stored: { lastSeq: number; updates: number; logBytes: number; totalBytes: number },
    private readonly deps: RoomDeps,
    private readonly onBroken: (room: Room) => void,
  ) {
    this.lastSeq = stored.lastSeq;
    this.logUpdates = stored.updates;
    this.logBytes = stored.logBytes;
    this.totalBytes = stored.totalBytes;
    // The server has no cursor of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_STORAGE) this.appliedUpdate = update;
    });
    this.unsubscribe = deps.fanout.subscribe(id, (message, origin) => this.deliver(message, origin));
  }

  /** Reads the playbook from storage; resolves once the doc holds everything stored. */
  static async load(id: string, deps: RoomDeps, onBroken: (room: Room) => void): Promise<Room> {
    const stored = await deps.store.load(id);
    const logBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    const room = new Room(
      id,
      { lastSeq: stored.lastSeq, updates: stored.updates.length, logBytes, totalBytes: stored.totalBytes },
      deps,
      onBroken,
    );
    room.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot, FROM_STORAGE);
      for (const update of stored.updates) Y.applyUpdate(room.doc, update, FROM_STORAGE);
    }, FROM_STORAGE);
    room.scheduleCompactionIfDue();
    return room;
  }

  /** Adds a connection and starts the sync handshake with it. */
  join(connection: Connection): void {
    this.connections.set(connection.id, connection);
    connection.awaitingSyncAnswer = true;
    this.enqueue(() => {
      connection.send(syncStep1Message(this.doc));
      const states = [...this.awareness.getStates().keys()];
      if (states.length > 0) connection.send(awarenessStatesMessage(this.awareness, states));
    });
  }

  /** Removes a connection; its cursors disappear for everyone. Returns true when the room became empty. */
  leave(connection: Connection): boolean {
    if (!this.connections.delete(connection.id)) return this.connections.size === 0;
    for (const id of connection.awarenessClientIds) this.awarenessOwners.delete(id);
    const ids = [...connection.awarenessClientIds].filter((id) => this.awareness.states.has(id));
    if (ids.length > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, ids, connection);
      const removal = awarenessStatesMessage(this.awareness, ids);
      this.deps.fanout.publish(this.id, removal, connection.id);
    }
    return this.connections.size === 0;
  }

  /**
   * Handles one binary message from a connection. Throws `MalformedMessageError` when it cannot be decoded.
   * Unknown top-level message types are ignored (counted), so newer clients can add types safely.
   */
  handleMessage(connection: Connection, data: Uint8Array): void {
    let type: number;
    let payload: Uint8Array | null = null;
    let step = -1;
    try {
      const decoder = decoding.createDecoder(data);
      type = decoding.readVarUint(decoder);
      if (type === MessageType.sync) {
        step = decoding.readVarUint(decoder);
        payload = decoding.readVarUint8Array(decoder);
      } else if (type === MessageType.awareness) {
        payload = decoding.readVarUint8Array(decoder);
      }
    } catch (error) {
      throw new MalformedMessageError(String(error));
    }
    const { metrics } = this.deps;
    switch (type) {
      case MessageType.sync: {
        metrics.messagesInByType.sync.inc();
        if (step === SyncStep.step1) {
          const stateVector = payload!;
          try {
            Y.decodeStateVector(stateVector);
          } catch (error) {
            throw new MalformedMessageError(`bad state vector: ${String(error)}`);
          }
          this.enqueue(() => connection.send(syncStep2Message(this.doc, stateVector)));
        } else if (step === SyncStep.step2 || step === SyncStep.update) {
          const update = payload!;
          const isSyncAnswer = step === SyncStep.step2;
          this.enqueue(() => this.receiveUpdate(connection, update, isSyncAnswer));
        } else {
          throw new MalformedMessageError(`unknown sync step ${step}`);
        }
        return;
      }
      case MessageType.awareness: {
        metrics.messagesInByType.awareness.inc();
        const update = payload!;
        let stale: boolean;
        try {
          stale = isStaleAwarenessUpdate(this.awareness, update);
        } catch (error) {
          throw new MalformedMessageError(`bad awareness update: ${String(error)}`);
        }
        if (!stale) this.enqueue(() => this.applyAwareness(connection, update));
        return;
      }
      case MessageType.queryAwareness: {
        metrics.messagesInByType.queryAwareness.inc();
        const states = [...this.awareness.getStates().keys()];
        this.enqueue(() => connection.send(awarenessStatesMessage(this.awareness, states)));
        return;
      }
      default:
        metrics.messagesInByType.other.inc();
        metrics.rejected.labels('unknown_type').inc();
    }
  }

  private applyAwareness(connection: Connection, update: Uint8Array): void {
    // Checked again: an earlier queued update from the same client may have made this one an echo.
    if (!connection.isOpen || isStaleAwarenessUpdate(this.awareness, update)) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
    } catch (error) {
      connection.reject(CloseCodes.malformedMessage, 'malformed', { error: String(error) });
      return;
    }
    // The ids a socket introduces are the ones removed when it leaves; relayed echoes never claim an id.
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      decoding.readVarUint8Array(decoder);
      const owner = this.awarenessOwners.get(clientId);
      if (owner === undefined && this.awareness.states.has(clientId)) {
        this.awarenessOwners.set(clientId, connection.id);
        connection.awarenessClientIds.add(clientId);
      } else if (owner !== undefined && !this.awareness.states.has(clientId)) {
        this.awarenessOwners.delete(clientId);
        this.connections.get(owner)?.awarenessClientIds.delete(clientId);
      }
    }
    // Relayed to everyone, the sender included: the echo is what keeps an idle stock client connected.
    this.deps.fanout.publish(this.id, awarenessMessage(update), null);
  }

  /**
   * An update from a client (sync step 2 or update). Received updates are integrated even when the socket
   * closed in the meantime: they may be the only copy the server gets.
   *
   * An update that refers to content the server does not have is held, not applied: a stock client that
   * reconnects sends edits typed in the first milliseconds before its sync answer carrying the offline
   * edits they build on. The held updates are retried after each accepted update and refused (4422) when
   * the client's sync answer arrived and they still cannot be integrated, or when they wait too long.
   */
  private receiveUpdate(connection: Connection, update: Uint8Array, isSyncAnswer: boolean): MaybePromise<void> {
    let missing: string | null;
    try {
      missing = findMissingDependency(this.doc, update);
    } catch (error) {
      connection.reject(CloseCodes.updateRejected, 'update_rejected', { error: String(error) });
      return;
    }
    if (missing !== null) {
      if (isSyncAnswer) {
        connection.reject(CloseCodes.updateRejected, 'missing_dependencies', { detail: missing });
        return;
      }
      if (!connection.hold(update, this.deps.config.MAX_MESSAGE_BYTES)) {
        connection.reject(CloseCodes.updateRejected, 'missing_dependencies', { detail: missing });
        return;
      }
      if (!connection.awaitingSyncAnswer) {
        // Ask the client for everything we lack; its answer decides the held updates' fate.
        connection.awaitingSyncAnswer = true;
        connection.send(syncStep1Message(this.doc));
      }
      return;
    }
    const afterCommit = (): MaybePromise<void> => {
      if (isSyncAnswer) connection.awaitingSyncAnswer = false;
      if (connection.heldUpdateCount === 0) return;
      const held = Y.mergeUpdates(connection.takeHeld());
      const stillMissing = findMissingDependency(this.doc, held);
      if (stillMissing === null) return this.commitUpdate(connection, held);
      if (isSyncAnswer) {
        connection.reject(CloseCodes.updateRejected, 'missing_dependencies', { detail: stillMissing });
      } else {
        connection.hold(held, Infinity);
      }
    };
    const committed = this.commitUpdate(connection, update);
    return committed instanceof Promise ? committed.then(afterCommit) : afterCommit();
  }

  /** Size check, apply, commit to storage, relay. The update's dependencies were checked by the caller. */
  private commitUpdate(connection: Connection, update: Uint8Array): MaybePromise<void> {
    const { config, metrics } = this.deps;
    if (this.totalBytes + update.byteLength > config.MAX_DOCUMENT_BYTES) {
      connection.reject(CloseCodes.documentTooLarge, 'document_too_large', {
        documentBytes: this.totalBytes,
        updateBytes: update.byteLength,
      });
      return;
    }
    this.appliedUpdate = null;
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      // The check above makes this unexpected; the in-memory doc may now differ from storage, so start over.
      connection.reject(CloseCodes.updateRejected, 'update_rejected', { error: String(error) });
      this.break('update failed to apply after passing the check', error);
      return;
    }
    const applied = this.appliedUpdate as Uint8Array | null;
    // Nothing new (a duplicate, for example after a reconnect): nothing to store or relay.
    if (applied === null) return;
    return this.persistAndRelay(applied, connection.id);
  }

  /** Commits an applied update to storage, then relays it to everyone but its origin connection. */
  private persistAndRelay(applied: Uint8Array, originConnectionId: string | null): MaybePromise<void> {
    const { metrics } = this.deps;
    metrics.updatesIn.inc();
    const stopTimer = metrics.persistSeconds.startTimer();
    let seq: MaybePromise<number>;
    try {
      seq = this.deps.store.appendUpdate(this.id, applied);
    } catch (error) {
      this.break('storage refused an update', error);
      return;
    }
    if (typeof seq === 'number') {
      stopTimer();
      this.committed(seq, applied, originConnectionId);
      return;
    }
    return seq.then(
      (n) => {
        stopTimer();
        this.committed(n, applied, originConnectionId);
      },
      (error: unknown) => this.break('storage refused an update', error),
    );
  }

  /**
   * A change made by the server (for example a rename through the API), committed and relayed like any
   * client's. Resolves once stored; rejects when `mutate` throws (the room is then reloaded from storage).
   */
  changeFromServer(mutate: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.enqueue(async () => {
        this.appliedUpdate = null;
        try {
          this.doc.transact(() => mutate(this.doc), FROM_SERVER);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          this.break('a server change failed half-way', error);
          return;
        }
        const applied = this.appliedUpdate as Uint8Array | null;
        if (applied !== null) await this.persistAndRelay(applied, null);
        resolve();
      });
    });
  }

  private committed(seq: number, update: Uint8Array, originConnectionId: string | null): void {
    this.lastSeq = seq;
    this.logUpdates += 1;
    this.logBytes += update.byteLength;
    this.totalBytes += update.byteLength;
    this.deps.fanout.publish(this.id, updateMessage(update), originConnectionId);
    this.scheduleCompactionIfDue();
    this.scheduleChangeNotification();
  }

  /** Receives a room message from the fan-out and sends it to this process's connections. */
  private deliver(message: Uint8Array, originConnectionId: string | null): void {
    let receivers = 0;
    for (const connection of this.connections.values()) {
      if (connection.id === originConnectionId) continue;
      connection.send(message);
      receivers += 1;
    }
    if (message[0] === MessageType.sync) this.deps.metrics.updatesOut.inc(receivers);
  }

  private changeTimer: NodeJS.Timeout | null = null;

  private scheduleChangeNotification(): void {
    if (!this.deps.onDocumentChanged || this.changeTimer) return;
    this.changeTimer = setTimeout(() => this.notifyChanged(), CHANGE_NOTIFY_DELAY_MS);
  }

  private notifyChanged(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = null;
    try {
      this.deps.onDocumentChanged?.(this.id, this.doc);
    } catch (error) {
      this.deps.log.error({ room: this.id, err: error }, 'change notification failed');
    }
  }

  private scheduleCompactionIfDue(): void {
    const { COMPACT_AFTER_UPDATES, COMPACT_AFTER_BYTES } = this.deps.config;
    if (this.compactionScheduled) return;
    if (this.logUpdates < COMPACT_AFTER_UPDATES && this.logBytes < COMPACT_AFTER_BYTES) return;
    this.compactionScheduled = true;
    // Off the path of the message that crossed the threshold.
    setImmediate(() => this.enqueue(() => this.compact()));
  }

  /** Merges the update log into one snapshot. Runs in the queue, so the doc equals what is stored. */
  private compact(): MaybePromise<void> {
    this.compactionScheduled = false;
    if (this.logUpdates === 0) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const upToSeq = this.lastSeq;
    const done = () => {
      this.deps.metrics.compactions.inc();
      this.logUpdates = 0;
      this.logBytes = 0;
      this.totalBytes = snapshot.byteLength;
    };
    const result = this.deps.store.compact(this.id, snapshot, upToSeq);
    if (result instanceof Promise) return result.then(done);
    done();
  }

  private enqueue(task: Task): void {
    this.queue.push(task);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const task = this.queue.shift()!;
        try {
          const result = task();
          if (result instanceof Promise) await result;
        } catch (error) {
          this.break('room task failed', error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * The in-memory document can no longer be trusted to equal storage: every client is disconnected (their
   * own copies keep every edit and are sent again on reconnect) and the room is dropped and reloaded.
   */
  private break(why: string, error: unknown): void {
    if (this.closed) return;
    this.deps.log.error({ room: this.id, err: error }, why);
    this.queue.length = 0;
    for (const connection of this.connections.values()) connection.close(CloseCodes.internalError);
    this.onBroken(this);
  }

  /** Resolves when every queued task ran. */
  async idle(): Promise<void> {
    while (this.draining || this.queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Writes the final snapshot and frees the room. Called when the last connection left, or at shutdown. */
  async unload(options: { compact: boolean }): Promise<void> {
    this.closed = true;
    await this.idle();
    try {
      if (this.changeTimer) this.notifyChanged();
      if (options.compact && this.logUpdates > 0) await this.compact();
    } finally {
      this.unsubscribe();
      this.awareness.destroy();
      this.doc.destroy();
    }
  }
}
