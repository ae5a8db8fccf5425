import type * as Y from 'yjs';
import { layout } from './layout.js';
import { SECTION_IDS, type SectionId } from './sectionIds.js';

/**
 * Whether each section's facilitator prompts are shown. Prompts are shown until someone hides them, as
 * the dialogue boxes of the KL/AK-Samvirke template were: visible while writing, removable in one go.
 */
export const promptsVisibility = {
  get(doc: Y.Doc, id: SectionId): boolean {
    const value = doc.getMap<unknown>(layout.promptsVisible).get(id);
    return typeof value === 'boolean' ? value : true;
  },
  set(doc: Y.Doc, id: SectionId, visible: boolean, origin?: unknown): void {
    doc.transact(() => doc.getMap<boolean>(layout.promptsVisible).set(id, visible), origin);
  },
  /** Shows or hides the prompts of every section in one transaction (one undo step). */
  setAll(doc: Y.Doc, visible: boolean, origin?: unknown): void {
    const map = doc.getMap<boolean>(layout.promptsVisible);
    doc.transact(() => SECTION_IDS.forEach((id) => map.set(id, visible)), origin);
  },
};
