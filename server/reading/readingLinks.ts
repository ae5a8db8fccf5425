import type { ReadingLanguage } from './readingTexts.js';

/** The addresses the reading pages link to, keeping the page's language. */
export function readingLinks(id: string, language: ReadingLanguage) {
  const base = `/p/${encodeURIComponent(id)}`;
  const other: ReadingLanguage = language === 'da' ? 'en' : 'da';
  return {
    editor: base,
    reader: `${base}/laes?lang=${language}`,
    card: `${base}/kort?lang=${language}`,
    /** This page in the other language (set by the page itself). */
    otherLanguage: `?lang=${other}`,
  };
}
