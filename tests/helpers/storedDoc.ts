import * as Y from 'yjs';
import type { DocumentStore } from '../../server/storage/DocumentStore.js';

/**
 * Rebuilds a playbook the way a room does on load: a fresh Y.Doc from the stored snapshot plus the update
 * log. Throws when some stored update refers to content that was never stored (Yjs would keep it pending
 * and the document would silently miss it).
 */
export async function storedDoc(store: DocumentStore, docId: string): Promise<Y.Doc> {
  const stored = await store.load(docId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.destroy();
    throw new Error(`stored document ${docId} has updates with missing dependencies`);
  }
  return doc;
}
