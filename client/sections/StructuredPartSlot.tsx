import type * as Y from 'yjs';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { StructuredPart } from '../../shared/playbook/sections.js';
import { ChecklistView } from '../readonly/ChecklistView.js';
import { ContactsView } from '../readonly/ContactsView.js';
import { IfThenCardsView } from '../readonly/IfThenCardsView.js';
import { MetadataView } from '../readonly/MetadataView.js';
import { AgendaEditor } from '../structured/AgendaEditor.js';
import { RolesMatrixEditor } from '../structured/RolesMatrixEditor.js';

interface StructuredPartSlotProps {
  part: StructuredPart;
  sectionId: SectionId;
  doc: Y.Doc;
  readOnly: boolean;
}

/**
 * A section's structured part, above its rich text: the agenda items and the roles matrix are edited here
 * (client/structured/); checklists, "hvis … så" cards, contacts and the cover's metadata are shown live
 * but have no editor yet.
 */
export function StructuredPartSlot({ part, sectionId, doc, readOnly }: StructuredPartSlotProps) {
  switch (part) {
    case 'agenda':
      return <AgendaEditor doc={doc} readOnly={readOnly} />;
    case 'roles':
      return <RolesMatrixEditor doc={doc} readOnly={readOnly} />;
    case 'checklist':
      return <ChecklistView doc={doc} sectionId={sectionId} />;
    case 'ifThenCards':
      return <IfThenCardsView doc={doc} />;
    case 'contacts':
      return <ContactsView doc={doc} />;
    case 'metadata':
      return <MetadataView doc={doc} />;
  }
}
