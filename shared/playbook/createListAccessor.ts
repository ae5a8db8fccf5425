import * as Y from 'yjs';
import type { z } from 'zod';
import type { ListName } from './layout.js';
import { orderBetween } from './orderBetween.js';
import { readLenient } from './readLenient.js';

/** Typed access to one ordered list of the layout (a root Y.Array of Y.Maps, see layout.ts). */
export interface ListAccessor<T extends { id: string }> {
  /** Items in display order. Items without an id are skipped; invalid fields read as their defaults. */
  read(doc: Y.Doc): T[];
  /** Inserts `item` so that it shows at `index` (default: last). */
  insert(doc: Y.Doc, item: T, index?: number, origin?: unknown): void;
  /** Changes fields of the item with `id`; false when there is none. */
  update(doc: Y.Doc, id: string, patch: Partial<Omit<T, 'id'>>, origin?: unknown): boolean;
  /** Shows the item with `id` at `index` among the others, by changing only its order number. */
  move(doc: Y.Doc, id: string, index: number, origin?: unknown): boolean;
  remove(doc: Y.Doc, id: string, origin?: unknown): boolean;
  /** The underlying Y.Array, for observing changes (`observeDeep`). */
  array(doc: Y.Doc): Y.Array<Y.Map<unknown>>;
}

interface Entry {
  id: string;
  order: number;
  map: Y.Map<unknown>;
}

/** Builds the accessor of the root Y.Array `name`, reading items with `schema` and `defaults`. */
export function createListAccessor<T extends { id: string }>(
  name: ListName,
  schema: z.ZodObject,
  defaults: Omit<T, 'id'>,
): ListAccessor<T> {
  const array = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>(name);

  const entries = (doc: Y.Doc): Entry[] => {
    const result: Entry[] = [];
    for (const map of array(doc)) {
      if (!(map instanceof Y.Map)) continue;
      const id = map.get('id');
      const order = map.get('order');
      if (typeof id !== 'string') continue;
      result.push({ id, order: typeof order === 'number' && Number.isFinite(order) ? order : 0, map });
    }
    // Ties (two clients inserting at the same place at once) are broken by id, the same way everywhere.
    return result.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  // Order number for a new position among `others` (already sorted); renumbers them when the gap is used up.
  const orderAt = (others: Entry[], index: number): number => {
    const at = Math.max(0, Math.min(index, others.length));
    const order = orderBetween(others[at - 1]?.order, others[at]?.order);
    if (order !== undefined) return order;
    others.forEach((entry, position) => {
      entry.map.set('order', position + 1);
      entry.order = position + 1;
    });
    return orderBetween(others[at - 1]?.order, others[at]?.order) ?? others.length + 1;
  };

  const find = (doc: Y.Doc, id: string) => entries(doc).find((entry) => entry.id === id);

  return {
    read: (doc) =>
      entries(doc).map(({ id, map }) => ({ ...readLenient(map, schema.shape, defaults), id }) as unknown as T),
    insert: (doc, item, index, origin) => {
      doc.transact(() => {
        const others = entries(doc);
        const map = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(item)) map.set(key, value);
        map.set('order', orderAt(others, index ?? others.length));
        array(doc).push([map]);
      }, origin);
    },
    update: (doc, id, patch, origin) => {
      const entry = find(doc, id);
      if (!entry) return false;
      doc.transact(() => {
        for (const [key, value] of Object.entries(patch)) {
          if (key !== 'id' && value !== undefined) entry.map.set(key, value);
        }
      }, origin);
      return true;
    },
    move: (doc, id, index, origin) => {
      const all = entries(doc);
      const entry = all.find((candidate) => candidate.id === id);
      if (!entry) return false;
      doc.transact(() => {
        entry.map.set(
          'order',
          orderAt(
            all.filter((other) => other !== entry),
            index,
          ),
        );
      }, origin);
      return true;
    },
    remove: (doc, id, origin) => {
      const list = array(doc);
      const position = list.toArray().findIndex((map) => map instanceof Y.Map && map.get('id') === id);
      if (position < 0) return false;
      doc.transact(() => list.delete(position, 1), origin);
      return true;
    },
    array,
  };
}
