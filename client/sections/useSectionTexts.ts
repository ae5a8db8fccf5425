import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionDefinition } from '../../shared/playbook/sections.js';

/** A section's title, purpose line and prompts in the UI language (the catalogue holds Danish and English). */
export interface SectionTexts {
  title: string;
  purpose: string;
  prompts: readonly string[];
}

/**
 * Picks the texts of `section` for the current UI language; Danish unless English is chosen. The picker
 * changes only with the language, so texts built from it can be memoised.
 */
export function useSectionTexts(): (section: SectionDefinition) => SectionTexts {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return useCallback(
    (section) => ({
      title: section.title[language],
      purpose: section.purpose[language],
      prompts: section.prompts[language],
    }),
    [language],
  );
}

/** The DOM id of a section's element (`#section-agenda`), used by the navigation and the address bar. */
export const sectionElementId = (id: string): string => `section-${id}`;
