import type * as Y from 'yjs';

/**
 * A signal, not data: the root map `logbook` of a group's working-space document holds only the time its
 * shared logbook entries last changed (shared, made private, edited, deleted, used). The server bumps it,
 * so every open group room fetches the entries again at once. Entry text never enters a document: the
 * entries themselves come over HTTP, where the server decides who may read them.
 */
const ROOT = 'logbook';
const CHANGED_AT = 'sharedChangedAt';

export function markSharedLogbookChanged(doc: Y.Doc, at: number): void {
  doc.getMap(ROOT).set(CHANGED_AT, at);
}

export function sharedLogbookChangedAt(doc: Y.Doc): number | null {
  const value = doc.getMap(ROOT).get(CHANGED_AT);
  return typeof value === 'number' ? value : null;
}

/** Calls `onChange` whenever the signal changes; returns the unsubscribe function. */
export function observeSharedLogbook(doc: Y.Doc, onChange: () => void): () => void {
  const map = doc.getMap(ROOT);
  const handler = () => onChange();
  map.observe(handler);
  return () => map.unobserve(handler);
}
