import * as Y from 'yjs';
import type { DocumentStore } from '../storage/DocumentStore.js';

/**
 * The current content of a playbook, read from storage without opening its room (readers, exports and
 * search never load a room or touch its connections). Storage is always current: every update is committed
 * before it is relayed to anyone, so this holds everything any editor has seen.
 */
export async function readPlaybookDoc(store: DocumentStore, id: string): Promise<Y.Doc> {
  const stored = await store.load(id);
  const doc = new Y.Doc();
  // One transaction: the snapshot and the log after it apply as one change.
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
