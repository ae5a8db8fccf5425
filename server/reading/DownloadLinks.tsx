import { readingLinks } from './readingLinks.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';
import type { Edition } from './StatusLabel.js';

/**
 * "Hent som Markdown · Word · PDF": the text the page shows, as files (not printed). A page showing the
 * approved version downloads that version, so a caseworker never prints a draft believing it approved.
 */
export function DownloadLinks({
  id,
  language,
  texts,
  edition,
}: {
  id: string;
  language: ReadingLanguage;
  texts: ReadingTexts;
  edition: Edition;
}) {
  const all = readingLinks(id, language);
  const query = edition.kind === 'approved' ? '?version=approved' : '';
  const links = {
    exportMarkdown: all.exportMarkdown + query,
    exportWord: all.exportWord + query,
    exportPdf: all.exportPdf + query,
  };
  return (
    <span className="top__downloads" data-testid="download-links">
      {texts.download}{' '}
      <a href={links.exportMarkdown} download>
        Markdown
      </a>{' '}
      ·{' '}
      <a href={links.exportWord} download>
        Word
      </a>{' '}
      ·{' '}
      <a href={links.exportPdf} download>
        PDF
      </a>
    </span>
  );
}
