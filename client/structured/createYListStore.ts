import type * as Y from 'yjs';
import type { ListAccessor } from '../../shared/playbook/createListAccessor.js';

/** An external store (for React's useSyncExternalStore) over one ordered list of the playbook. */
export interface YListStore<T> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly T[];
}

/**
 * Watches the list's Y.Array with `observeDeep` (item added, removed, moved or any field changed) and
 * re-reads it through the accessor. The snapshot keeps its identity while the items read the same.
 */
export function createYListStore<T extends { id: string }>(doc: Y.Doc, accessor: ListAccessor<T>): YListStore<T> {
  let items: readonly T[] = accessor.read(doc);
  let fingerprint = JSON.stringify(items);
  const listeners = new Set<() => void>();

  // Keeps the previous array when a change left the items as they were (e.g. a field set to its own value).
  const refresh = () => {
    const next = accessor.read(doc);
    const nextFingerprint = JSON.stringify(next);
    if (nextFingerprint === fingerprint) return false;
    items = next;
    fingerprint = nextFingerprint;
    return true;
  };
  const onChange = () => {
    if (refresh()) for (const listener of listeners) listener();
  };

  return {
    subscribe(listener: () => void) {
      if (listeners.size === 0) accessor.array(doc).observeDeep(onChange);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) accessor.array(doc).unobserveDeep(onChange);
      };
    },
    getSnapshot() {
      // Without a subscriber nothing tells us about changes, so look (React asks before it subscribes).
      if (listeners.size === 0) refresh();
      return items;
    },
  };
}
