import * as Y from 'yjs';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { MaybePromise } from '../storage/DocumentStore.js';
import type { Connection } from './Connection.js';
import { syncStep1Message } from './messages.js';
import { findMissingDependency } from './updateDependencies.js';

/** What `receiveUpdate` needs of its room. */
export interface UpdateReceiver {
  doc: Y.Doc;
  /** Size check, apply, commit to storage, relay; the dependencies are already checked. */
  commit(connection: Connection, update: Uint8Array): MaybePromise<void>;
  /** Most bytes one connection may have held at once. */
  maxHeldBytes(): number;
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
export function receiveUpdate(
  room: UpdateReceiver,
  connection: Connection,
  update: Uint8Array,
  isSyncAnswer: boolean,
): MaybePromise<void> {
  let missing: string | null;
  try {
    missing = findMissingDependency(room.doc, update);
  } catch (error) {
    connection.reject(CloseCodes.updateRejected, 'update_rejected', { error: String(error) });
    return;
  }
  if (missing !== null) {
    if (isSyncAnswer || !connection.hold(update, room.maxHeldBytes())) {
      connection.reject(CloseCodes.updateRejected, 'missing_dependencies', { detail: missing });
      return;
    }
    if (!connection.awaitingSyncAnswer) {
      // Ask the client for everything we lack; its answer decides the held updates' fate.
      connection.awaitingSyncAnswer = true;
      connection.send(syncStep1Message(Y.encodeStateVector(room.doc)));
    }
    return;
  }
  const afterCommit = (): MaybePromise<void> => {
    if (isSyncAnswer) connection.awaitingSyncAnswer = false;
    if (connection.heldUpdateCount === 0) return;
    const held = Y.mergeUpdates(connection.takeHeld());
    const stillMissing = findMissingDependency(room.doc, held);
    if (stillMissing === null) return room.commit(connection, held);
    if (isSyncAnswer) {
      connection.reject(CloseCodes.updateRejected, 'missing_dependencies', { detail: stillMissing });
    } else {
      connection.hold(held, Infinity);
    }
  };
  const committed = room.commit(connection, update);
  return committed instanceof Promise ? committed.then(afterCommit) : afterCommit();
}
