import { useTranslation } from 'react-i18next';
import { InvalidPlaybookPage } from './pages/InvalidPlaybookPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PlaybookListPage } from './pages/PlaybookListPage.js';
import { PlaybookPage } from './pages/PlaybookPage.js';
import { useRoute } from './routing/useRoute.js';

/** The whole app: a skip link, the page for the current address, and the footer. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {route.page === 'start' && <PlaybookListPage />}
      {route.page === 'playbook' && <PlaybookPage key={route.playbookId} playbookId={route.playbookId} />}
      {route.page === 'invalidPlaybook' && <InvalidPlaybookPage />}
      {route.page === 'notFound' && <NotFoundPage />}
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
