import { getSchema } from '@tiptap/core';
import type { AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';

/**
 * The one tiptap extension list: the document schema of every section's rich text. The client editor, the
 * server's playbook seeding and the tests all build on it, so the schema cannot drift between them.
 *
 * StarterKit 3 already contains Link and Underline. Its own undo/redo is off because collaborative
 * undo comes with the Collaboration extension (the client adds Collaboration and CollaborationCaret).
 * Only pure-schema extensions belong here: this module is imported in Node, where there is no DOM.
 */
export const playbookExtensions: AnyExtension[] = [StarterKit.configure({ undoRedo: false })];

let cached: Schema | undefined;

/** The ProseMirror schema of section rich text, built once from `playbookExtensions`. */
export function getPlaybookSchema(): Schema {
  cached ??= getSchema(playbookExtensions);
  return cached;
}
