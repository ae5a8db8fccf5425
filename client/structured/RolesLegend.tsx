import { useTranslation } from 'react-i18next';
import { ROLE_LEVELS } from '../../shared/playbook/RoleLevel.js';

/** What Leder, Bidrager, Informeres and "—" mean in the roles matrix. */
export function RolesLegend() {
  const { t } = useTranslation();
  return (
    <div className="roles-legend">
      <p className="structured-field__label">{t('structured.roles.legendHeading')}</p>
      <dl className="roles-legend__list">
        {[...ROLE_LEVELS, 'none' as const].map((level) => (
          <div key={level} className="roles-legend__entry">
            <dt>
              <span className="role-pill" data-level={level}>
                {t(`structured.level.${level}`)}
              </span>
            </dt>
            <dd>{t(`structured.roles.legend.${level}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
