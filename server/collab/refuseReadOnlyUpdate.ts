import * as Y from 'yjs';
import type { Metrics } from '../ops/metrics.js';
import type { Connection } from './Connection.js';
import { permissionDeniedMessage } from './messages.js';

/**
 * A reader's update is never applied. An empty one (the sync answer every stock client sends) passes
 * silently; one with content is answered with the protocol's "permission denied" so the client knows.
 */
export function refuseReadOnlyUpdate(
  connection: Connection,
  update: Uint8Array,
  isSyncAnswer: boolean,
  metrics: Metrics,
): void {
  if (isSyncAnswer) connection.awaitingSyncAnswer = false;
  let empty: boolean;
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    empty = structs.length === 0 && ds.clients.size === 0;
  } catch {
    empty = false;
  }
  if (empty) return;
  metrics.rejected.labels('read_only').inc();
  connection.send(permissionDeniedMessage('read-only'));
}
