import * as Y from 'yjs';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { MessageType } from '../../shared/protocol/messageTypes.js';
import type { Config } from '../config.js';
import type { Fanout } from '../fanout/Fanout.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { DocumentStore, MaybePromise, StoredDocument } from '../storage/DocumentStore.js';
import { decodeClientMessage, MalformedMessageError } from './clientMessage.js';
import type { Principal } from './authorize.js';
import type { Connection } from './Connection.js';
import { encodeBinaryFrame } from './binaryFrame.js';
import {
  KEEP_ALIVE_MESSAGE,
  syncStep1Message,
  syncStep2Message,
  syncStep2UpdateMessage,
  updateMessage,
} from './messages.js';
import { LazyDocLoader } from './LazyDocLoader.js';
import { RoomAwareness } from './RoomAwareness.js';
import { RoomObservers, type RoomObserverHooks } from './RoomObservers.js';
import { RoomRelay } from './RoomRelay.js';
import { SerialQueue } from './SerialQueue.js';
import { receiveUpdate, type UpdateReceiver } from './receiveUpdate.js';
import { refuseReadOnlyUpdate } from './refuseReadOnlyUpdate.js';
import { RoomStorage } from './RoomStorage.js';

/** What a room needs; the optional hooks (see RoomObservers) are set by the app only. */
export interface RoomDeps extends RoomObserverHooks {
  config: Config;
  store: DocumentStore;
  fanout: Fanout;
  metrics: Metrics;
  log: Logger;
}

/** Transaction origin of updates read from storage: they are never stored or relayed again. */
const FROM_STORAGE = Symbol('storage');
/** Transaction origin of changes the server itself makes (seeding, renaming through the API). */
const FROM_SERVER = Symbol('server');

export { MalformedMessageError };

/**
 * One playbook held in memory while anyone has it open: its Y.Doc, awareness and connections.
 *
 * Every change goes through one queue per room: decode → check → apply → commit to storage → relay. A
 * sync reply is computed in the same queue, so what any client receives has always been committed first.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  private readonly presence = new RoomAwareness(this.doc);
  readonly connections = new Map<string, Connection>();
  /** Set once unloading began; a closed room accepts no one. */
  closed = false;

  private readonly queue = new SerialQueue((error) => this.break('room task failed', error));
  private readonly storage: RoomStorage;
  private readonly loader: LazyDocLoader;
  /** Connections that joined before the doc was built and still need the server's sync request. */
  private readonly awaitingStep1 = new Set<Connection>();
  private readonly relay: RoomRelay;
  private readonly observers: RoomObservers;
  private compactionScheduled = false;
  private appliedUpdate: Uint8Array | null = null;
  private readonly unsubscribe: () => void;

  private constructor(
    readonly id: string,
    stored: StoredDocument,
    private readonly deps: RoomDeps,
    private readonly onBroken: (room: Room) => void,
  ) {
    this.storage = new RoomStorage(id, stored, deps);
    this.loader = new LazyDocLoader(this.doc, stored, FROM_STORAGE, () => this.sendPendingStep1());
    this.observers = new RoomObservers(id, this.doc, deps, deps.log);
    this.doc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (origin === FROM_STORAGE) return;
      this.appliedUpdate = update;
      this.observers.applied(transaction);
    });
    this.unsubscribe = deps.fanout.subscribe(id, (message, origin) => this.deliver(message, origin));
    this.relay = new RoomRelay(id, deps.fanout, this.presence);
  }

  /** Reads the playbook from storage; resolves once the doc holds everything stored. */
  static async load(id: string, deps: RoomDeps, onBroken: (room: Room) => void): Promise<Room> {
    const stored = await deps.store.load(id);
    const room = new Room(id, stored, deps, onBroken);
    room.loader.start((build) => room.enqueue(build));
    room.scheduleCompactionIfDue();
    return room;
  }

  /** Builds the doc from storage if that has not happened yet (see LazyDocLoader). */
  private hydrate(): void {
    this.loader.build();
  }

  private sendPendingStep1(): void {
    if (this.awaitingStep1.size === 0) return;
    const step1 = syncStep1Message(Y.encodeStateVector(this.doc));
    for (const connection of this.awaitingStep1) connection.send(step1);
    this.awaitingStep1.clear();
  }

  /** Adds a connection and starts the sync handshake with it. */
  join(connection: Connection): void {
    this.connections.set(connection.id, connection);
    connection.awaitingSyncAnswer = true;
    this.observers.connectionsChanged();
    this.enqueue(() => {
      // Our own sync request waits until the doc is built (see LazyDocLoader): the client does not need it
      // to be in sync, and a late joiner of a large playbook should not wait for the server's work.
      if (!this.loader.built) this.awaitingStep1.add(connection);
      else connection.send(syncStep1Message(Y.encodeStateVector(this.doc)));
      const states = this.presence.allStatesMessage();
      if (states) connection.send(states);
    });
  }

  /** Removes a connection; its cursors disappear for everyone. Returns true when the room became empty. */
  leave(connection: Connection): boolean {
    if (!this.connections.delete(connection.id)) return this.connections.size === 0;
    this.awaitingStep1.delete(connection);
    this.observers.connectionsChanged();
    const removal = this.presence.removeConnection(connection);
    if (removal) this.deps.fanout.publish(this.id, removal, connection.id);
    return this.connections.size === 0;
  }

  /**
   * Handles one binary message from a connection. Throws `MalformedMessageError` when it cannot be decoded.
   * Unknown top-level message types are ignored (counted), so newer clients can add types safely.
   */
  handleMessage(connection: Connection, data: Uint8Array): void {
    const { messagesInByType, rejected } = this.deps.metrics;
    // Stale awareness echoes are free: stock clients send one back for every cursor move they receive, so
    // charging them would let one busy (or hostile) peer spend everyone else's budget. They are most of a
    // busy room's messages, so they are recognised on the raw bytes, before anything is decoded.
    if (data[0] === MessageType.awareness && this.presence.isStaleMessage(data)) {
      messagesInByType.awareness.inc();
      return;
    }
    const message = decodeClientMessage(data);
    if (!connection.takeMessageToken()) {
      connection.reject(CloseCodes.rateLimited, 'rate_limited');
      return;
    }
    switch (message.kind) {
      case 'syncStep1':
        messagesInByType.sync.inc();
        this.enqueue(() => connection.send(this.syncAnswer(message.stateVector)));
        return;
      case 'update':
        messagesInByType.sync.inc();
        if (!connection.principal.canWrite) {
          refuseReadOnlyUpdate(connection, message.update, message.isSyncAnswer, this.deps.metrics);
          return;
        }
        this.enqueue(() => this.receiveUpdate(connection, message.update, message.isSyncAnswer));
        return;
      case 'awareness':
        messagesInByType.awareness.inc();
        this.enqueue(() => {
          if (this.presence.receive(connection, message.update)) this.relay.awarenessChanged();
        });
        return;
      case 'queryAwareness':
        messagesInByType.queryAwareness.inc();
        this.enqueue(() => connection.send(this.presence.allStatesMessage() ?? KEEP_ALIVE_MESSAGE));
        return;
      case 'unknown':
        messagesInByType.other.inc();
        rejected.labels('unknown_type').inc();
    }
  }

  /**
   * Sync step 2 for a client's state vector. A client with nothing (a first visit) gets the stored snapshot
   * as it is when nothing was committed since: encoding a large playbook again would cost as much as
   * the client's own time to apply it.
   */
  private syncAnswer(stateVector: Uint8Array): Uint8Array {
    const isEmpty = stateVector.byteLength === 1 && stateVector[0] === 0;
    const snapshot = this.storage.currentSnapshot;
    if (isEmpty && snapshot !== null) return syncStep2UpdateMessage(snapshot);
    this.hydrate();
    return syncStep2Message(this.doc, stateVector);
  }

  /** An update from a client: built doc first, then checked, held or committed (see receiveUpdate.ts). */
  private receiveUpdate(connection: Connection, update: Uint8Array, isSyncAnswer: boolean): MaybePromise<void> {
    this.hydrate();
    return receiveUpdate(this.receiver, connection, update, isSyncAnswer);
  }

  private readonly receiver: UpdateReceiver = {
    doc: this.doc,
    commit: (connection, update) => this.commitUpdate(connection, update),
    maxHeldBytes: () => this.deps.config.MAX_MESSAGE_BYTES,
  };

  /** Size check, apply, commit to storage, relay. The update's dependencies were checked by the caller. */
  private commitUpdate(connection: Connection, update: Uint8Array): MaybePromise<void> {
    const { config } = this.deps;
    if (this.storage.storedBytes + update.byteLength > config.MAX_DOCUMENT_BYTES) {
      connection.reject(CloseCodes.documentTooLarge, 'document_too_large', {
        documentBytes: this.storage.storedBytes,
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
    return this.persistAndRelay(applied, connection.id, connection.principal);
  }

  /** Commits an applied update to storage, then relays it to everyone but its origin connection. */
  private persistAndRelay(
    applied: Uint8Array,
    originConnectionId: string | null,
    by: Principal | null,
  ): MaybePromise<void> {
    const fail = (error: unknown) => this.break('storage refused an update', error);
    const roots = this.observers.takeRoots();
    let appended: MaybePromise<void>;
    try {
      appended = this.storage.append(applied);
    } catch (error) {
      fail(error);
      return;
    }
    if (!(appended instanceof Promise)) return this.committed(applied, originConnectionId, roots, by);
    return appended.then(() => this.committed(applied, originConnectionId, roots, by), fail);
  }

  /**
   * A change made by the server (for example a rename through the API), committed and relayed like any
   * client's. Resolves once stored; rejects when `mutate` throws (the room is then reloaded from storage).
   */
  changeFromServer(mutate: (doc: Y.Doc) => void, by: Principal | null = null): Promise<void> {
    return new Promise((resolve, reject) => {
      this.enqueue(async () => {
        this.hydrate();
        this.appliedUpdate = null;
        try {
          this.doc.transact(() => mutate(this.doc), FROM_SERVER);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          this.break('a server change failed half-way', error);
          return;
        }
        const applied = this.appliedUpdate as Uint8Array | null;
        if (applied !== null) await this.persistAndRelay(applied, null, by);
        resolve();
      });
    });
  }

  private committed(
    update: Uint8Array,
    originConnectionId: string | null,
    roots: ReadonlySet<string> | null,
    by: Principal | null,
  ): void {
    this.relay.update(updateMessage(update), originConnectionId);
    this.scheduleCompactionIfDue();
    this.observers.committed(roots, by);
  }

  /** Receives a room message from the fan-out and sends it to this process's connections. */
  private deliver(message: Uint8Array, originConnectionId: string | null): void {
    let receivers = 0;
    const frame = encodeBinaryFrame(message);
    for (const connection of this.connections.values()) {
      if (connection.id === originConnectionId) continue;
      connection.sendFrame(frame);
      receivers += 1;
    }
    if (message[0] === MessageType.sync) this.deps.metrics.updatesOut.inc(receivers);
  }

  private scheduleCompactionIfDue(): void {
    if (this.compactionScheduled || !this.storage.isCompactionDue) return;
    this.compactionScheduled = true;
    // Off the path of the message that crossed the threshold.
    setImmediate(() => this.enqueue(() => this.compact()));
  }

  /** Merges the update log into one snapshot. Runs in the queue, so the doc equals what is stored. */
  private compact(): MaybePromise<void> {
    this.compactionScheduled = false;
    if (!this.storage.hasLog) return;
    this.hydrate();
    return this.storage.compact(this.doc);
  }

  private enqueue(task: () => MaybePromise<void>): void {
    this.queue.push(task);
  }

  /**
   * The in-memory document can no longer be trusted to equal storage: every client is disconnected (their
   * own copies keep every edit and are sent again on reconnect) and the room is dropped and reloaded.
   */
  private break(why: string, error: unknown): void {
    if (this.closed) return;
    this.deps.log.error({ room: this.id, err: error }, why);
    this.queue.clear();
    for (const connection of this.connections.values()) connection.close(CloseCodes.internalError);
    this.onBroken(this);
  }

  /** Resolves when every queued task ran. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Writes the final snapshot and frees the room. Called when the last connection left, or at shutdown. */
  async unload(options: { compact: boolean }): Promise<void> {
    this.closed = true;
    await this.idle();
    this.relay.close();
    this.loader.cancel();
    try {
      this.observers.flush();
      if (options.compact && this.storage.hasLog) await this.compact();
    } finally {
      this.unsubscribe();
      this.presence.destroy();
      this.doc.destroy();
    }
  }
}
