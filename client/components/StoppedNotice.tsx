import { useTranslation } from 'react-i18next';
import { ROOM_NAME_MAX_CHARS } from '../../shared/protocol/roomName.js';
import type { CloseMessageKey } from '../collab/connectionStatus.js';
import { AppLink } from './AppLink.js';

/**
 * Why the server refused the connection for good, and the one thing the user can do about it: go back to
 * the front page when there is no such playbook, otherwise reload.
 */
export function StoppedNotice({ reasonKey }: { reasonKey: CloseMessageKey }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="stopped-notice">
      <p className="notice__text">{t(reasonKey, { max: ROOM_NAME_MAX_CHARS })}</p>
      {reasonKey === 'closed.notFound' ? (
        <AppLink href="/" className="button button--secondary">
          {t('invalid.back')}
        </AppLink>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('playbook.reload')}
        </button>
      )}
    </div>
  );
}
