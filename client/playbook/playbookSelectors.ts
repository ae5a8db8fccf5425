import type * as Y from 'yjs';
import { partners } from '../../shared/playbook/partners.js';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import { promptsVisibility } from '../../shared/playbook/promptsVisibility.js';
import { ruleBasis } from '../../shared/playbook/ruleBasis.js';
import { SECTION_IDS, type SectionId } from '../../shared/playbook/sectionIds.js';

/**
 * Stable selectors for `useDocSelector`: each reads one view of the playbook's Y.Doc through the shared
 * typed accessors, never by poking at Yjs types directly.
 */
export const playbookSelectors = {
  /** What the page header shows: title, status, version, rule basis and partners. */
  header: (doc: Y.Doc) => {
    const meta = playbookMeta.read(doc);
    return {
      title: meta.title,
      status: meta.status,
      version: meta.version,
      area: meta.area,
      ruleBasis: ruleBasis.read(doc),
      partners: partners.read(doc),
      // A playbook the server has not delivered yet has no schema version: say "loading", not "untitled".
      loaded: doc.getMap('meta').has('schemaVersion'),
    };
  },
  /** Whether each section's facilitator prompts are shown (shared by everyone). */
  promptsVisible: (doc: Y.Doc): Record<SectionId, boolean> =>
    Object.fromEntries(SECTION_IDS.map((id) => [id, promptsVisibility.get(doc, id)])) as Record<SectionId, boolean>,
};

export type PlaybookHeaderView = ReturnType<typeof playbookSelectors.header>;
