import { useEffect, useState } from 'react';
import { SECTION_IDS, type SectionId } from '../../shared/playbook/sectionIds.js';
import { sectionElementId } from '../sections/useSectionTexts.js';

/**
 * The section being read: the first one (in reading order) that crosses a line a quarter down the
 * viewport. Follows scrolling with an IntersectionObserver; keeps the last answer while the line sits in
 * a gap between sections. `mounted` is false while the sections are not rendered yet.
 */
export function useVisibleSection(mounted: boolean): SectionId | null {
  const [visible, setVisible] = useState<SectionId | null>(null);
  useEffect(() => {
    if (!mounted) return;
    const crossing = new Set<SectionId>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset['section'];
          const sectionId = SECTION_IDS.find((candidate) => candidate === id);
          if (!sectionId) continue;
          if (entry.isIntersecting) crossing.add(sectionId);
          else crossing.delete(sectionId);
        }
        const first = SECTION_IDS.find((id) => crossing.has(id));
        if (first) return setVisible(first);
        // Above the first section (reading the page header), the first section is next.
        const top = document.getElementById(sectionElementId(SECTION_IDS[0]))?.getBoundingClientRect().top;
        if (top !== undefined && top > window.innerHeight * 0.25) setVisible(SECTION_IDS[0]);
      },
      // A band of zero height, 25 % from the top: exactly one section crosses it at a time.
      { rootMargin: '-25% 0px -75% 0px' },
    );
    for (const id of SECTION_IDS) {
      const element = document.getElementById(sectionElementId(id));
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [mounted]);
  return visible;
}
