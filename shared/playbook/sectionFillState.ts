import type * as Y from 'yjs';
import { agendaItems } from './agendaItems.js';
import { checklistItems } from './checklistItems.js';
import { contacts } from './contacts.js';
import { ifThenCards } from './ifThenCards.js';
import { partners } from './partners.js';
import { playbookMeta } from './playbookMeta.js';
import { roleRows } from './roleRows.js';
import { ruleBasis } from './ruleBasis.js';
import { sectionFragment } from './sectionFragment.js';
import { SECTION_IDS, type SectionId } from './sectionIds.js';
import { sectionById, type StructuredPart } from './sections.js';
import { countWords, fragmentText } from './fragmentText.js';

/** How far a section is written: nothing yet, something, or enough to read as a finished section. */
export type FillState = 'empty' | 'started' | 'filled';

/** Words of rich text from which a section counts as filled on its text alone. */
export const FILLED_MIN_WORDS = 40;

interface PartFill {
  /** The part holds something (an item, a field). */
  hasContent: boolean;
  /** The part is complete enough to carry the section on its own. */
  complete: boolean;
}

// Checklists come pre-filled from the template, so they show a section as started but never as filled.
function partFill(doc: Y.Doc, part: StructuredPart, sectionId: SectionId): PartFill {
  switch (part) {
    case 'metadata': {
      const fields = [
        playbookMeta.read(doc).title.trim() !== '',
        ruleBasis.read(doc).name.trim() !== '',
        partners.read(doc).length > 0,
      ];
      return { hasContent: fields.some(Boolean), complete: fields.every(Boolean) };
    }
    case 'agenda': {
      const items = agendaItems.read(doc);
      const decided = items.every((item) => item.title.trim() !== '' && item.minutes !== null);
      return { hasContent: items.length > 0, complete: items.length > 0 && decided };
    }
    case 'roles': {
      const rows = roleRows.read(doc);
      const led = rows.every((row) => [row.jobcenter, row.akasse, row.borger].includes('leder'));
      return { hasContent: rows.length > 0, complete: rows.length > 0 && led };
    }
    case 'checklist': {
      const items = checklistItems.read(doc).filter((item) => item.sectionId === sectionId);
      return { hasContent: items.length > 0, complete: false };
    }
    case 'ifThenCards': {
      const cards = ifThenCards.read(doc);
      const answered = cards.every((card) => card.response.trim() !== '');
      return { hasContent: cards.length > 0, complete: cards.length > 0 && answered };
    }
    case 'contacts': {
      const list = contacts.read(doc);
      return { hasContent: list.length > 0, complete: list.length > 0 };
    }
  }
}

/**
 * The fill state of one section, from its rich text and its structured parts: `empty` when both are empty,
 * `filled` with at least FILLED_MIN_WORDS words of text or a complete structured part (every agenda item
 * with a time box, every role row with a lead, every "hvis" card answered …), otherwise `started`.
 */
export function sectionFillState(doc: Y.Doc, sectionId: SectionId): FillState {
  const words = countWords(fragmentText(sectionFragment(doc, sectionId)));
  const parts = sectionById(sectionId).parts.map((part) => partFill(doc, part, sectionId));
  if (words >= FILLED_MIN_WORDS || parts.some((part) => part.complete)) return 'filled';
  if (words > 0 || parts.some((part) => part.hasContent)) return 'started';
  return 'empty';
}

/** The fill state of every section, in catalogue order. */
export function playbookFillStates(doc: Y.Doc): Record<SectionId, FillState> {
  return Object.fromEntries(SECTION_IDS.map((id) => [id, sectionFillState(doc, id)])) as Record<SectionId, FillState>;
}
