import type { ReadingLanguage } from './readingTexts.js';

/** The addresses the reading pages link to, keeping the page's language. */
export function readingLinks(id: string, language: ReadingLanguage) {
  const base = `/p/${encodeURIComponent(id)}`;
  const other: ReadingLanguage = language === 'da' ? 'en' : 'da';
  return {
    editor: base,
    reader: `${base}/laes?lang=${language}`,
    /** The reader view of the draft, when an approved version exists. */
    readerDraft: `${base}/laes?lang=${language}&kladde=1`,
    card: `${base}/kort?lang=${language}`,
    /** This page in the other language (set by the page itself). */
    otherLanguage: `?lang=${other}`,
  };
}
