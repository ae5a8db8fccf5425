import type * as Y from 'yjs';
import { layout } from './layout.js';

/** The schema version a document was seeded with, or undefined for a document never seeded. */
export function readSchemaVersion(doc: Y.Doc): number | undefined {
  const value = doc.getMap<unknown>(layout.meta).get('schemaVersion');
  return typeof value === 'number' ? value : undefined;
}
