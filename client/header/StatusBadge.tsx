import { useTranslation } from 'react-i18next';
import type { PlaybookStatus } from '../../shared/playbook/PlaybookStatus.js';

/** The playbook's life-cycle status (Kladde, Til høring, Godkendt, Forældet) and its version label. */
export function StatusBadge({ status, version }: { status: PlaybookStatus; version: string }) {
  const { t } = useTranslation();
  return (
    <span className="status-line">
      <span className={`status-badge status-badge--${status}`} data-testid="playbook-status">
        {t(`editor.status.${status}`)}
      </span>
      {version && <span className="status-line__version">{t('editor.version', { version })}</span>}
    </span>
  );
}
