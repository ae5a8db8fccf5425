import type * as Y from 'yjs';
import type { z } from 'zod';
import { readLenient } from './readLenient.js';

/** Typed access to a root Y.Map whose keys are the fields of a zod object schema. */
export interface MapAccessor<T extends object> {
  /** All fields; a missing or invalid value reads as its default. */
  read(doc: Y.Doc): T;
  /** Sets the given fields in one transaction; untouched fields stay as they are. */
  set(doc: Y.Doc, patch: Partial<T>, origin?: unknown): void;
}

/** Builds the accessor of the root Y.Map `name`, reading with `schema` and falling back to `defaults`. */
export function createMapAccessor<T extends object>(name: string, schema: z.ZodObject, defaults: T): MapAccessor<T> {
  return {
    read: (doc) => readLenient(doc.getMap(name), schema.shape, defaults),
    set: (doc, patch, origin) => {
      const map = doc.getMap(name);
      doc.transact(() => {
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) map.set(key, value);
        }
      }, origin);
    },
  };
}
