import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { getPlaybookSchema } from '../editor/extensions.js';
import { agendaItems } from './agendaItems.js';
import { checklistItems } from './checklistItems.js';
import { contacts } from './contacts.js';
import { ifThenCards } from './ifThenCards.js';
import { layout } from './layout.js';
import { partners } from './partners.js';
import type { PlaybookFile } from './playbookFileSchema.js';
import { playbookMeta } from './playbookMeta.js';
import { promptsVisibility } from './promptsVisibility.js';
import { readSchemaVersion } from './readSchemaVersion.js';
import { roleRows } from './roleRows.js';
import { ruleBasis } from './ruleBasis.js';
import { SCHEMA_VERSION } from './schemaVersion.js';
import { sectionFragment } from './sectionFragment.js';

/** Thrown when seeding a document that already holds a playbook. */
export class AlreadySeededError extends Error {
  override name = 'AlreadySeededError';
}

/**
 * Writes a playbook file (already parsed with `playbookFileSchema`) into an empty Y.Doc, in one transaction.
 * Seed on the server only, once per playbook: seeding the same content from two replicas duplicates it
 * (tiptap #2489), so a document that was seeded before is refused.
 */
export function playbookFileToYDoc(file: PlaybookFile, doc: Y.Doc = new Y.Doc(), origin?: unknown): Y.Doc {
  if (readSchemaVersion(doc) !== undefined) throw new AlreadySeededError('The document already holds a playbook');
  const schema = getPlaybookSchema();
  const { partners: partnerList, ruleBasis: rules, ...fields } = file.meta;
  doc.transact(() => {
    doc.getMap(layout.meta).set('schemaVersion', SCHEMA_VERSION);
    playbookMeta.set(doc, fields);
    ruleBasis.set(doc, rules);
    partnerList.forEach((partner) => partners.insert(doc, partner));
    for (const section of file.sections) {
      promptsVisibility.set(doc, section.id, section.promptsVisible);
      // The explicit fragment: y-tiptap's helpers would otherwise write to the fragment named 'prosemirror'.
      prosemirrorJSONToYXmlFragment(schema, section.content, sectionFragment(doc, section.id));
    }
    file.agenda.forEach((item) => agendaItems.insert(doc, item));
    file.roles.forEach((row) => roleRows.insert(doc, row));
    file.checklistItems.forEach((item) => checklistItems.insert(doc, item));
    file.ifThenCards.forEach((card) => ifThenCards.insert(doc, card));
    file.contacts.forEach((contact) => contacts.insert(doc, contact));
  }, origin);
  return doc;
}
