import * as Y from 'yjs';
import type { PlaybookFile, PlaybookMeta } from '../../shared/playbook/playbookFileSchema.js';
import { yDocToPlaybookFile } from '../../shared/playbook/yDocToPlaybookFile.js';

/**
 * A blank playbook: the model's empty playbook (what an empty Y.Doc reads as: every catalogue section with
 * empty rich text and its prompts shown, no partners, agenda items, roles, checklist items, cards or
 * contacts, status Kladde) with `title`, resting on `ruleBasis` — the rules in force, taken from the standard
 * template — instead of the model's "unknown" default.
 */
export function blankPlaybookFile({ title, ruleBasis }: Pick<PlaybookMeta, 'title' | 'ruleBasis'>): PlaybookFile {
  const doc = new Y.Doc();
  try {
    const empty = yDocToPlaybookFile(doc);
    return { ...empty, meta: { ...empty.meta, title, ruleBasis } };
  } finally {
    doc.destroy();
  }
}
