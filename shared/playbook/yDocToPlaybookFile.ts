import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { getPlaybookSchema } from '../editor/extensions.js';
import { agendaItems } from './agendaItems.js';
import { checklistItems } from './checklistItems.js';
import { contacts } from './contacts.js';
import { ifThenCards } from './ifThenCards.js';
import { partners } from './partners.js';
import type { PlaybookFile } from './playbookFileSchema.js';
import { playbookMeta } from './playbookMeta.js';
import { promptsVisibility } from './promptsVisibility.js';
import { emptyRichTextDoc, type RichTextDoc } from './richTextDocSchema.js';
import { roleRows } from './roleRows.js';
import { ruleBasis } from './ruleBasis.js';
import { SCHEMA_VERSION } from './schemaVersion.js';
import { sectionFragment } from './sectionFragment.js';
import { SECTIONS } from './sections.js';

/**
 * Reads a playbook Y.Doc into its JSON form, sections in catalogue order. Missing or invalid fields read as
 * their defaults, so a damaged document still exports. The result is not checked for personal data: parse
 * it with `playbookFileSchema` before storing or publishing it.
 */
export function yDocToPlaybookFile(doc: Y.Doc): PlaybookFile {
  const schema = getPlaybookSchema();
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { ...playbookMeta.read(doc), ruleBasis: ruleBasis.read(doc), partners: partners.read(doc) },
    sections: SECTIONS.map(({ id }) => {
      const fragment = sectionFragment(doc, id);
      // An empty fragment is a section nobody seeded; it reads as what tiptap shows for an empty editor.
      const content =
        fragment.length === 0
          ? emptyRichTextDoc()
          : (yXmlFragmentToProseMirrorRootNode(fragment, schema).toJSON() as RichTextDoc);
      return { id, promptsVisible: promptsVisibility.get(doc, id), content };
    }),
    agenda: agendaItems.read(doc),
    roles: roleRows.read(doc),
    checklistItems: checklistItems.read(doc),
    ifThenCards: ifThenCards.read(doc),
    contacts: contacts.read(doc),
  };
}
