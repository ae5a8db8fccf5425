import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { getPlaybookSchema } from '../../shared/editor/extensions.js';
import type { RichTextNode } from '../../shared/playbook/richTextDocSchema.js';
import { sectionFragment } from '../../shared/playbook/sectionFragment.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';

const isBlank = (node: ProseMirrorNode) => node.type.name === 'paragraph' && node.content.size === 0;

/**
 * Appends `blocks` (tiptap JSON in the editor schema) at the end of a section's rich text, inside whatever
 * transaction the caller runs. It goes through y-tiptap's own update (the one the editor makes on every
 * keystroke): the existing paragraphs compare equal and stay untouched, only the new ones are inserted, so
 * concurrent edits elsewhere in the section merge as usual. A section that is one empty paragraph (a blank
 * working space) gets the blocks instead of it. Throws when a block does not fit the schema.
 */
export function appendToSection(doc: Y.Doc, sectionId: SectionId, blocks: readonly RichTextNode[]): void {
  const schema = getPlaybookSchema();
  const fragment = sectionFragment(doc, sectionId);
  const current = yXmlFragmentToProseMirrorRootNode(fragment, schema);
  const existing: ProseMirrorNode[] = [];
  current.content.forEach((node) => existing.push(node));
  const kept = existing.length === 1 && isBlank(existing[0]!) ? [] : existing;
  const next = schema.topNodeType.create(null, [...kept, ...blocks.map((block) => schema.nodeFromJSON(block))]);
  next.check();
  updateYFragment(doc, fragment, next, { mapping: new Map(), isOMark: new Map() });
}
