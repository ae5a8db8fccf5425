import { useTranslation } from 'react-i18next';
import { SECTIONS } from '../../shared/playbook/sections.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { sectionLabel } from './sectionLabel.js';

interface SectionSelectProps {
  id?: string;
  value: SectionId | null;
  onChange: (value: SectionId | null) => void;
  /** Offer "no particular section" (an action card); otherwise a section must be chosen. */
  allowNone?: boolean;
  disabled?: boolean;
  ariaLabel?: string;
  className?: string;
}

/** The playbook's sections by number and title ("5. Dagsorden for samtalen"), in reading order. */
export function SectionSelect({ id, value, onChange, allowNone, disabled, ariaLabel, className }: SectionSelectProps) {
  const { t, i18n } = useTranslation();
  return (
    <select
      id={id}
      className={`field__input ${className ?? ''}`.trim()}
      value={value ?? ''}
      disabled={disabled}
      aria-label={ariaLabel}
      onChange={(event) => {
        const chosen = SECTIONS.find((section) => section.id === event.target.value);
        onChange(chosen ? chosen.id : null);
      }}
    >
      {allowNone && <option value="">{t('learning.cards.noSection')}</option>}
      {SECTIONS.map((section) => (
        <option key={section.id} value={section.id}>
          {sectionLabel(section.id, i18n.language)}
        </option>
      ))}
    </select>
  );
}
