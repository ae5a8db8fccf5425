import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_NAME_MAX_CHARS } from '../identity/useLocalUser.js';

/** Where you set the name the others see. Changes apply as you type; an empty field keeps the last name. */
export function NameField({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(name);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('presence.nameLabel')}
      </label>
      <input
        id={id}
        className="field__input"
        type="text"
        autoComplete="name"
        maxLength={USER_NAME_MAX_CHARS}
        value={draft}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
        onBlur={() => setDraft(name)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('presence.nameHint')}
      </p>
    </div>
  );
}
