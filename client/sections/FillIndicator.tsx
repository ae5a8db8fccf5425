import { useTranslation } from 'react-i18next';
import type { FillState } from '../../shared/playbook/sectionFillState.js';

/**
 * A section's fill state as a small ring (empty), half-filled ring (started) or filled check (filled), with
 * the word next to it or for screen readers only: colour and shape are never the only signal.
 */
export function FillIndicator({ state, showLabel = false }: { state: FillState; showLabel?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`fill fill--${state}`} data-fill={state}>
      <svg className="fill__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.25" className="fill__ring" />
        {state === 'started' && <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" className="fill__half" />}
        {state === 'filled' && (
          <>
            <circle cx="8" cy="8" r="7" className="fill__disc" />
            <path d="M4.8 8.3l2.1 2.1 4.3-4.6" className="fill__check" />
          </>
        )}
      </svg>
      <span className={showLabel ? 'fill__label' : 'visually-hidden'}>{t(`editor.fill.${state}`)}</span>
    </span>
  );
}
