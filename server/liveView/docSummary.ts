import type * as Y from 'yjs';
import type { ActionSummary, OnlinePerson } from '../../shared/api/liveViewApi.js';
import { actionCards, isOverdue, type ActionCard } from '../../shared/course/actionCards.js';
import { countWords, fragmentText } from '../../shared/playbook/fragmentText.js';
import { sectionFillState, type FillState } from '../../shared/playbook/sectionFillState.js';
import { sectionFragment } from '../../shared/playbook/sectionFragment.js';
import { SECTION_IDS, type SectionId } from '../../shared/playbook/sectionIds.js';
import type { Principal } from '../collab/authorize.js';

/** What the live view needs from one playbook's content. */
export interface DocSummary {
  sections: Array<{ sectionId: SectionId; fill: FillState; words: number }>;
  actionCards: ActionCard[];
}

/** Fill state (the editor's own rule) and words of every section, and the action cards, of a playbook. */
export function summariseDoc(doc: Y.Doc): DocSummary {
  return {
    sections: SECTION_IDS.map((sectionId) => ({
      sectionId,
      fill: sectionFillState(doc, sectionId),
      words: countWords(fragmentText(sectionFragment(doc, sectionId))),
    })),
    actionCards: actionCards.read(doc),
  };
}

/** Open action cards and the overdue ones among them, on `today` (`YYYY-MM-DD`). */
export function summariseActions(cards: readonly ActionCard[], today: string): ActionSummary {
  const open = cards.filter((card) => card.status === 'open');
  const overdue = open.filter((card) => isOverdue(card, today));
  return {
    open: open.length,
    overdue: overdue.length,
    openTitles: open.map((card) => card.title),
    overdueTitles: overdue.map((card) => card.title),
  };
}

/** The people behind these connections, once each (several tabs are one person), by name. */
export function onlinePeople(principals: readonly Principal[]): OnlinePerson[] {
  const people = new Map<string, OnlinePerson>();
  for (const principal of principals) {
    if (!principal.identity) continue;
    const key = principal.subject ?? `${principal.identity.name}\u0000${principal.identity.organisationName}`;
    const { name, organisation, organisationName } = principal.identity;
    people.set(key, { name, organisation, organisationName });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
