import { SECTIONS } from '../../shared/playbook/sections.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';

/** "5. Dagsorden for samtalen" for a section id, in the UI language. */
export function sectionLabel(sectionId: SectionId, language: string): string {
  const section = SECTIONS.find((candidate) => candidate.id === sectionId);
  if (!section) return sectionId;
  return `${section.number}. ${section.title[language === 'en' ? 'en' : 'da']}`;
}
