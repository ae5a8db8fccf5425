import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADS, type Lead } from '../../shared/playbook/Lead.js';

interface LeadPickerProps {
  value: Lead;
  onChange: (lead: Lead) => void;
  readOnly: boolean;
}

/** Who leads an agenda item: a segmented control built from radio buttons (arrow keys move between them). */
export function LeadPicker({ value, onChange, readOnly }: LeadPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="lead-picker" disabled={readOnly}>
      <legend className="structured-field__label">{t('structured.agenda.item.leadLabel')}</legend>
      <div className="lead-picker__options">
        {LEADS.map((lead) => (
          <label key={lead} className="lead-picker__option" data-lead={lead}>
            <input
              type="radio"
              name={name}
              value={lead}
              checked={value === lead}
              onChange={() => onChange(lead)}
              className="lead-picker__input"
            />
            <span className="lead-picker__text">
              <span className="lead-dot" aria-hidden="true" />
              {t(`structured.lead.${lead}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
