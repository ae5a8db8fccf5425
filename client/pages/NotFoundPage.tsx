import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow">
        <div className="card notice-card">
          <h1 className="notice-card__title">{t('notFound.title')}</h1>
          <p>{t('notFound.body')}</p>
          <AppLink href="/" className="button button--primary">
            {t('notFound.back')}
          </AppLink>
        </div>
      </main>
    </>
  );
}
