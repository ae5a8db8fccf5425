import { useEffect } from 'react';
import { SECTION_IDS } from '../../shared/playbook/sectionIds.js';
import { sectionElementId } from '../sections/useSectionTexts.js';
import { scrollToSection } from './scrollToSection.js';

/** Opening an address with `#section-<id>` scrolls to that section once the sections are rendered. */
export function useInitialSectionFromHash(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = SECTION_IDS.find((candidate) => `#${sectionElementId(candidate)}` === window.location.hash);
    if (id) scrollToSection(id);
  }, [ready]);
}
