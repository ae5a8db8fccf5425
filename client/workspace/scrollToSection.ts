import { sectionElementId } from '../sections/useSectionTexts.js';

/**
 * Brings a section into view and moves keyboard focus to its heading, so a screen reader reads where you
 * landed and Tab continues from there. The address bar gets `#section-<id>`, so the place can be shared.
 */
export function scrollToSection(id: string): void {
  const element = document.getElementById(sectionElementId(id));
  if (!element) return;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
  element.querySelector<HTMLElement>('.pb-section__title')?.focus({ preventScroll: true });
  window.history.replaceState(window.history.state, '', `#${sectionElementId(id)}`);
}
