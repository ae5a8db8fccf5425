import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { ListAccessor } from '../../shared/playbook/createListAccessor.js';
import { createYListStore } from './createYListStore.js';

/**
 * The items of one ordered list of the playbook (agenda, roles …) in display order, re-read whenever the
 * list or any item in it changes, locally or remotely. The array keeps its identity while nothing changed.
 */
export function useYList<T extends { id: string }>(doc: Y.Doc, accessor: ListAccessor<T>): readonly T[] {
  const store = useMemo(() => createYListStore(doc, accessor), [doc, accessor]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
