import { useTranslation } from 'react-i18next';
import type { LiveConnection } from './useLiveSnapshot.js';

/** The state of the live stream, always visible: "Live", "Forbinder …", "Forbinder igen …". */
export function LiveStatus({ connection }: { connection: LiveConnection }) {
  const { t } = useTranslation();
  return (
    <p className={`live-status live-status--${connection}`} role="status" data-connection={connection}>
      <span className="live-status__dot" aria-hidden="true" />
      {t(`liveview.connection.${connection}`)}
    </p>
  );
}
