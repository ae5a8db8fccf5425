import { useTranslation } from 'react-i18next';
import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { roleRowLeaderIssue } from './roleRowLeaderIssue.js';
import { StructuredIcon } from './StructuredIcon.js';

/** The leader check of the whole matrix: every task should have exactly one "Leder". */
export function RolesCheck({ rows }: { rows: readonly RoleRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const issues = rows.map(roleRowLeaderIssue);
  const noLeader = issues.filter((issue) => issue === 'noLeader').length;
  const manyLeaders = issues.filter((issue) => issue === 'manyLeaders').length;
  if (noLeader === 0 && manyLeaders === 0) {
    return (
      <p className="structured-ok" data-testid="roles-check">
        <StructuredIcon name="check" />
        {t('structured.roles.check.ok')}
      </p>
    );
  }
  return (
    <div className="structured-warning" data-testid="roles-check">
      <StructuredIcon name="warning" />
      <p>
        {[
          noLeader > 0 ? t('structured.roles.check.noLeader', { count: noLeader }) : null,
          manyLeaders > 0 ? t('structured.roles.check.manyLeaders', { count: manyLeaders }) : null,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
        {'. '}
        {t('structured.roles.check.advice')}
      </p>
    </div>
  );
}
