import type * as Y from 'yjs';

/** The shared types the collaboration tests edit, read as plain data so docs can be compared with `toEqual`. */
export interface DocContent {
  text: string;
  map: Record<string, unknown>;
}

/** Reads the `text` Y.Text and the `map` Y.Map of `doc` (the fields the collaboration tests write to). */
export function docContent(doc: Y.Doc): DocContent {
  return { text: doc.getText('text').toString(), map: doc.getMap('map').toJSON() };
}
