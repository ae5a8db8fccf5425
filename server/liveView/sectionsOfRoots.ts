import { layout, sectionFieldName } from '../../shared/playbook/layout.js';
import { SECTION_IDS, type SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS, type StructuredPart } from '../../shared/playbook/sections.js';

// The root types each structured part is stored in (shared/playbook/layout.ts).
const PART_ROOTS: Record<StructuredPart, readonly string[]> = {
  metadata: [layout.meta, layout.ruleBasis, layout.partners],
  agenda: [layout.agenda],
  roles: [layout.roles],
  checklist: [layout.checklistItems],
  ifThenCards: [layout.ifThenCards],
  contacts: [layout.contacts],
};

/** Root name → the sections whose content it holds (its rich text, or a structured part it shows). */
const SECTIONS_OF_ROOT = new Map<string, SectionId[]>();
for (const id of SECTION_IDS) SECTIONS_OF_ROOT.set(sectionFieldName(id), [id]);
for (const section of SECTIONS) {
  for (const part of section.parts) {
    for (const root of PART_ROOTS[part]) {
      SECTIONS_OF_ROOT.set(root, [...(SECTIONS_OF_ROOT.get(root) ?? []), section.id]);
    }
  }
}

/**
 * The sections a change touched, from the root types it changed (see server/collab/changedRoots.ts). Roots
 * that belong to no section (action cards, which prompts are shown) touch none.
 */
export function sectionsOfRoots(roots: Iterable<string>): Set<SectionId> {
  const sections = new Set<SectionId>();
  for (const root of roots) for (const id of SECTIONS_OF_ROOT.get(root) ?? []) sections.add(id);
  return sections;
}
