import { useTranslation } from 'react-i18next';
import type { PlaybookStatus } from '../../shared/playbook/PlaybookStatus.js';

/** The playbook's life-cycle status (Kladde, Til høring, Godkendt, Forældet) as a coloured label. */
export function StatusBadge({ status }: { status: PlaybookStatus }) {
  const { t } = useTranslation();
  const label = t(`list.status.${status}`);
  return (
    <span className={`badge badge--${status}`} title={t('list.statusLabel', { status: label })}>
      {label}
    </span>
  );
}
