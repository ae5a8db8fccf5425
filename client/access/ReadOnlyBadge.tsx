import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Læseadgang": tells a reader why nothing can be changed. The explanation is a tooltip for pointer users
 * and the badge's description for screen readers and keyboard users (the badge takes focus).
 */
export function ReadOnlyBadge() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="read-only-badge" tabIndex={0} aria-describedby={id} data-testid="read-only-badge">
      {t('access.readOnly.badge')}
      <span id={id} role="tooltip" className="read-only-badge__tooltip">
        {t('access.readOnly.explanation')}
      </span>
    </span>
  );
}
