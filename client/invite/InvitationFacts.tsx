import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '../../shared/api/accessApi.js';
import { formatDay } from '../access/formatDateTime.js';
import { OrganisationTag } from '../access/OrganisationTag.js';

/** What an invitation gives: the role, the organisation, who invited, and until when the link works. */
export function InvitationFacts({ preview }: { preview: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="invite-page__facts" data-testid="invitation-facts">
      <dt>{t('access.invitePage.role')}</dt>
      <dd>
        <span className={`role-label role-label--${preview.role}`}>{t(`access.role.${preview.role}`)}</span>{' '}
        {t(`access.roleHint.${preview.role}`)}
      </dd>
      <dt>{t('access.invitePage.organisation')}</dt>
      <dd>
        <OrganisationTag organisation={preview.organisation} />
      </dd>
      {preview.invitedBy && (
        <>
          <dt>{t('access.invitePage.invitedBy')}</dt>
          <dd>{preview.invitedBy}</dd>
        </>
      )}
      <dt>{t('access.invitePage.expires')}</dt>
      <dd>{formatDay(preview.expiresAt, i18n.resolvedLanguage ?? 'da')}</dd>
    </dl>
  );
}
