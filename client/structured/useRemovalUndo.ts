import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { ListAccessor } from '../../shared/playbook/createListAccessor.js';

/** An item someone just deleted, kept so that it can be put back where it was. */
export interface RemovedItem<T> {
  item: T;
  index: number;
}

/**
 * Deleting with undo instead of a confirmation: `remove` deletes the item from the Y.Doc and keeps a copy;
 * `undo` inserts it again (same id and fields) at its old position among the items that are there now.
 */
export function useRemovalUndo<T extends { id: string }>(doc: Y.Doc, accessor: ListAccessor<T>) {
  const [removed, setRemoved] = useState<RemovedItem<T> | null>(null);

  const remove = useCallback(
    (item: T, index: number) => {
      if (accessor.remove(doc, item.id)) setRemoved({ item, index });
    },
    [doc, accessor],
  );

  const undo = useCallback((): T | null => {
    if (!removed) return null;
    accessor.insert(doc, removed.item, removed.index);
    setRemoved(null);
    return removed.item;
  }, [doc, accessor, removed]);

  const dismiss = useCallback(() => setRemoved(null), []);

  return { removed, remove, undo, dismiss };
}
