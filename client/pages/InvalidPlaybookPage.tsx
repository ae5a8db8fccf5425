import { useTranslation } from 'react-i18next';
import { ROOM_NAME_MAX_CHARS } from '../../shared/protocol/roomName.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';

/** `/p/<id>` with an id the server would refuse: say why in plain words instead of trying to connect. */
export function InvalidPlaybookPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invalid.title'));
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow">
        <div className="card notice-card" data-testid="invalid-playbook">
          <h1 className="notice-card__title">{t('invalid.title')}</h1>
          <p>{t('closed.invalidRoom', { max: ROOM_NAME_MAX_CHARS })}</p>
          <AppLink href="/" className="button button--primary">
            {t('invalid.back')}
          </AppLink>
        </div>
      </main>
    </>
  );
}
