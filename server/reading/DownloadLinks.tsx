import { readingLinks } from './readingLinks.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';

/** "Hent som Markdown · Word · PDF": the playbook's current text as files (not printed). */
export function DownloadLinks({ id, language, texts }: { id: string; language: ReadingLanguage; texts: ReadingTexts }) {
  const links = readingLinks(id, language);
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
