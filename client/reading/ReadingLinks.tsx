import { useTranslation } from 'react-i18next';
import '../styles/reading.css';
import { readingHrefs } from './readingHrefs.js';

/**
 * Links to the playbook's reader view and interview card. They are server-rendered pages, so these are
 * plain links (a full page load), not app routes.
 */
export function ReadingLinks({ playbookId, className = '' }: { playbookId: string; className?: string }) {
  const { t, i18n } = useTranslation();
  const hrefs = readingHrefs(playbookId, i18n.resolvedLanguage ?? 'da');
  return (
    <nav className={`reading-links ${className}`.trim()} aria-label={t('reading.linksLabel')}>
      <a href={hrefs.reader} title={t('reading.readerViewHint')} data-testid="reader-view-link">
        {t('reading.readerView')}
      </a>
      <a href={hrefs.card} title={t('reading.interviewCardHint')} data-testid="interview-card-link">
        {t('reading.interviewCard')}
      </a>
    </nav>
  );
}
