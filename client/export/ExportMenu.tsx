import { useTranslation } from 'react-i18next';
import '../styles/export.css';
import { exportHrefs } from './exportHrefs.js';

/**
 * "Eksportér": plain download links to the server's exports (the session cookie goes along; the server
 * names the file). A disclosure, so it works by keyboard and without script state.
 */
export function ExportMenu({ playbookId }: { playbookId: string }) {
  const { t } = useTranslation();
  const hrefs = exportHrefs(playbookId);
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary title={t('export.menuHint')}>{t('export.menu')}</summary>
      <ul className="export-menu__list">
        <li>
          <a href={hrefs.markdown} download data-testid="export-markdown">
            {t('export.markdown')}
          </a>
        </li>
        <li>
          <a href={hrefs.word} download data-testid="export-word">
            {t('export.word')}
          </a>
        </li>
        <li>
          <a href={hrefs.pdf} download data-testid="export-pdf">
            {t('export.pdf')}
          </a>
        </li>
      </ul>
    </details>
  );
}
