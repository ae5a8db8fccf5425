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
    /** The playbook's current text as a file (docs/API.md "Export and import"). */
    exportMarkdown: `/api/playbooks/${encodeURIComponent(id)}/export.md`,
    exportWord: `/api/playbooks/${encodeURIComponent(id)}/export.docx`,
    exportPdf: `/api/playbooks/${encodeURIComponent(id)}/export.pdf`,
    /** This page in the other language (set by the page itself). */
    otherLanguage: `?lang=${other}`,
  };
}
