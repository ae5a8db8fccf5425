import { useTranslation } from 'react-i18next';

/** "Vis adgangskode": a checkbox that shows the password fields as plain text while it is ticked. */
export function ShowPasswordToggle({ shown, onChange }: { shown: boolean; onChange: (shown: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className="auth-show-password">
      <input type="checkbox" checked={shown} onChange={(event) => onChange(event.target.checked)} />
      {t('auth.fields.showPassword')}
    </label>
  );
}
