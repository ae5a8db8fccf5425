import { createHash } from 'node:crypto';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS } from '../../shared/playbook/sections.js';

/** What a reader of a section sees: its rich text and its structured parts (prompts are never shown). */
function readableContent(file: PlaybookFile, id: SectionId): unknown {
  const section = file.sections.find((candidate) => candidate.id === id);
  const parts = SECTIONS.find((candidate) => candidate.id === id)?.parts ?? [];
  return {
    content: section?.content ?? null,
    meta: parts.includes('metadata') ? file.meta : undefined,
    agenda: parts.includes('agenda') ? file.agenda : undefined,
    roles: parts.includes('roles') ? file.roles : undefined,
    checklist: parts.includes('checklist') ? file.checklistItems.filter((item) => item.sectionId === id) : undefined,
    cards: parts.includes('ifThenCards') ? file.ifThenCards : undefined,
    contacts: parts.includes('contacts') ? file.contacts : undefined,
  };
}

/** A SHA-256 of what a reader sees of each section, to tell which sections changed between two visits. */
export function sectionHashes(file: PlaybookFile): Map<SectionId, string> {
  return new Map(
    SECTIONS.map(({ id }) => [
      id,
      createHash('sha256')
        .update(JSON.stringify(readableContent(file, id)))
        .digest('hex'),
    ]),
  );
}
