import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ListAccessor } from '../../shared/playbook/createListAccessor.js';
import { newItemId } from '../../shared/playbook/newItemId.js';
import { useAnnouncer } from './useAnnouncer.js';
import { useDragReorder } from './useDragReorder.js';
import { useRemovalUndo } from './useRemovalUndo.js';
import { useYList } from './useYList.js';

export interface ListEditorOptions<T extends { id: string }> {
  doc: Y.Doc;
  list: ListAccessor<T>;
  readOnly: boolean;
  /** How an item is named in announcements and the undo toast (its title, or "item N"). */
  nameOf: (item: T, index: number) => string;
  /** The fields of a new, empty item. */
  blank: Omit<T, 'id'>;
  /** Announced after adding, with `{{position}}`. */
  addedMessageKey: 'structured.agenda.added' | 'structured.roles.added';
}

/**
 * What the agenda and the roles matrix share: the live list, add (focus moves to the new item's first
 * field), remove with undo, move by drag, buttons or keys, and announcements for screen readers.
 */
export function useListEditor<T extends { id: string }>(options: ListEditorOptions<T>) {
  const { doc, list, readOnly, nameOf, blank, addedMessageKey } = options;
  const { t } = useTranslation();
  const items = useYList(doc, list);
  const [announcement, announce] = useAnnouncer();
  const addButton = useRef<HTMLButtonElement>(null);
  const firstFields = useRef(new Map<string, HTMLTextAreaElement>());
  // The item whose first field gets focus once it shows (just added, or put back by undo).
  const focusFirstFieldOf = useRef<string | null>(null);
  const removal = useRemovalUndo(doc, list);

  useEffect(() => {
    const id = focusFirstFieldOf.current;
    const field = id === null ? undefined : firstFields.current.get(id);
    if (!field) return;
    focusFirstFieldOf.current = null;
    field.focus();
  }, [items]);

  const move = (item: T, index: number) => {
    list.move(doc, item.id, index);
    announce(t('structured.announce.moved', { name: nameOf(item, index), position: index + 1, count: items.length }));
  };

  const drag = useDragReorder({
    ids: items.map((item) => item.id),
    enabled: !readOnly,
    onMove: (id, index) => {
      const item = items.find((candidate) => candidate.id === id);
      if (item) move(item, index);
    },
  });

  const add = () => {
    const id = newItemId();
    list.insert(doc, { id, ...blank } as T);
    focusFirstFieldOf.current = id;
    announce(t(addedMessageKey, { position: items.length + 1 }));
  };

  const remove = (item: T, index: number) => {
    removal.remove(item, index);
    announce(t('structured.announce.removed', { name: nameOf(item, index) }));
  };

  const undo = () => {
    const index = removal.removed?.index ?? 0;
    const restored = removal.undo();
    if (!restored) return;
    focusFirstFieldOf.current = restored.id;
    announce(t('structured.announce.restored', { name: nameOf(restored, index) }));
  };

  const { dismiss } = removal;
  const onDismiss = useCallback(
    (byPerson: boolean) => {
      dismiss();
      if (byPerson) addButton.current?.focus();
    },
    [dismiss],
  );

  /** Ref callback for an item's first field, so focus can move there. */
  const firstFieldRef = (id: string) => (element: HTMLTextAreaElement | null) => {
    if (element) firstFields.current.set(id, element);
    else firstFields.current.delete(id);
  };

  return {
    items,
    announcement,
    addButton,
    move,
    drag,
    add,
    remove,
    undo,
    removed: removal.removed,
    onDismiss,
    firstFieldRef,
  };
}
