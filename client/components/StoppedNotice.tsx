import { useTranslation } from 'react-i18next';
import { ROOM_NAME_MAX_CHARS } from '../../shared/protocol/roomName.js';
import type { CloseMessageKey } from '../collab/connectionStatus.js';

/** Why the server refused the connection for good, and the one thing the user can do about it. */
export function StoppedNotice({ reasonKey }: { reasonKey: CloseMessageKey }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="stopped-notice">
      <p className="notice__text">{t(reasonKey, { max: ROOM_NAME_MAX_CHARS })}</p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        {t('playbook.reload')}
      </button>
    </div>
  );
}
