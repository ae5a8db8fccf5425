import type * as Y from 'yjs';
import { sectionFieldName } from './layout.js';
import type { SectionId } from './sectionIds.js';

/** The Y.XmlFragment holding a section's rich text (bind tiptap to it with `sectionFieldName(id)`). */
export function sectionFragment(doc: Y.Doc, id: SectionId): Y.XmlFragment {
  return doc.getXmlFragment(sectionFieldName(id));
}
