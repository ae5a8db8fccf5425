import type * as Y from 'yjs';
import type { StructuredPart } from '../../shared/playbook/sections.js';
import { AgendaEditor } from '../structured/AgendaEditor.js';
import { RolesMatrixEditor } from '../structured/RolesMatrixEditor.js';

interface StructuredPartSlotProps {
  part: StructuredPart;
  doc: Y.Doc;
  readOnly: boolean;
}

/**
 * Where a section's structured part is edited, above its rich text: the agenda items and the roles matrix
 * (client/structured/). The other parts (metadata, checklists, "hvis … så" cards, contacts) have no
 * editor yet and render nothing here; the metadata shows in the page header.
 */
export function StructuredPartSlot({ part, doc, readOnly }: StructuredPartSlotProps) {
  switch (part) {
    case 'agenda':
      return <AgendaEditor doc={doc} readOnly={readOnly} />;
    case 'roles':
      return <RolesMatrixEditor doc={doc} readOnly={readOnly} />;
    default:
      return null;
  }
}
