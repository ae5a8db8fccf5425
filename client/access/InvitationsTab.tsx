import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../shared/api/accessApi.js';
import { listInvitations, revokeInvitation } from '../api/accessApi.js';
import { ErrorLine } from './ErrorLine.js';
import { formatDay } from './formatDateTime.js';
import { InviteForm } from './InviteForm.js';
import { OrganisationTag } from './OrganisationTag.js';
import { useRevocableList } from './useRevocableList.js';

/** Facilitators' invitations: the form for a new link, and the links that still work, each revocable. */
export function InvitationsTab({ playbookId }: { playbookId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'da';
  const headingId = useId();
  const load = useCallback((signal: AbortSignal) => listInvitations(playbookId, signal), [playbookId]);
  const list = useRevocableList<Invitation>({
    load,
    revoke: async (invitation) => void (await revokeInvitation(playbookId, invitation.id)),
    loadFailedText: t('access.invite.loadFailed'),
    revokedText: t('access.invite.revoked'),
  });
  const { items: invitations, failure, busy, announcement, revoke } = list;

  const open = invitations?.filter((invitation) => invitation.usable) ?? [];
  return (
    <div className="access-tab">
      <InviteForm playbookId={playbookId} onCreated={list.prepend} />
      <section className="access-list" aria-labelledby={headingId}>
        <h3 id={headingId} className="access-list__heading">
          {t('access.invite.openHeading')}
        </h3>
        <ErrorLine message={failure} testId="invitations-error" />
        {invitations !== null && open.length === 0 && <p className="access-list__empty">{t('access.invite.none')}</p>}
        {open.length > 0 && (
          <ul className="access-list__items" data-testid="invitation-list">
            {open.map((invitation) => (
              <li key={invitation.id} className="access-item" data-testid="invitation">
                <div className="access-item__what">
                  <span className={`role-label role-label--${invitation.role}`}>
                    {t(`access.role.${invitation.role}`)}
                  </span>
                  <OrganisationTag organisation={invitation.organisation} />
                  <span className="access-item__meta">
                    {t('access.invite.uses', { uses: invitation.uses, max: invitation.maxUses })} ·{' '}
                    {t('access.invite.expires', { date: formatDay(invitation.expiresAt, language) })}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('access.invite.revokeLabel', {
                    organisation: invitation.organisation.name,
                    role: t(`access.role.${invitation.role}`),
                  })}
                  disabled={busy !== null}
                  data-testid="invitation-revoke"
                  onClick={() => void revoke(invitation)}
                >
                  {t('access.invite.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </section>
    </div>
  );
}
