import { useTranslation } from 'react-i18next';
import { ROLE_LEVELS, type RoleLevel } from '../../shared/playbook/RoleLevel.js';

interface RoleLevelSelectProps {
  value: RoleLevel | null;
  onChange: (level: RoleLevel | null) => void;
  /** Accessible name, e.g. "A-kasse i «Rådighed»". */
  label: string;
  readOnly: boolean;
}

/** One cell of the roles matrix: Leder, Bidrager, Informeres or no part ("—"), as a compact select. */
export function RoleLevelSelect({ value, onChange, label, readOnly }: RoleLevelSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      className="role-select"
      data-level={value ?? 'none'}
      aria-label={label}
      value={value ?? ''}
      disabled={readOnly}
      data-testid="role-cell"
      onChange={(event) => {
        const next = ROLE_LEVELS.find((level) => level === event.currentTarget.value);
        onChange(next ?? null);
      }}
    >
      <option value="" aria-label={t('structured.level.noneLabel')}>
        {t('structured.level.none')}
      </option>
      {ROLE_LEVELS.map((level) => (
        <option key={level} value={level}>
          {t(`structured.level.${level}`)}
        </option>
      ))}
    </select>
  );
}
