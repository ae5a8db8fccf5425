import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../collab/connectionStatus.js';

/** The connection and save state in a few words, announced politely to screen readers when it changes. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus | null }) {
  const { t } = useTranslation();
  const kind = status?.kind ?? 'connecting';
  return (
    <p
      className={`connection-indicator connection-indicator--${kind}`}
      role="status"
      data-testid="connection-status"
      data-kind={kind}
    >
      <span className="connection-indicator__dot" aria-hidden="true" />
      <span className="connection-indicator__text">{t(status?.messageKey ?? 'status.connecting')}</span>
    </p>
  );
}
