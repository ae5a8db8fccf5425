import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_ROLES, type PlaybookRole } from '../../shared/access/playbookRole.js';
import type { Member } from '../../shared/api/accessApi.js';
import { changeMemberRole, listMembers, removeMember } from '../api/accessApi.js';
import { accessErrorKey } from './accessErrorKey.js';
import { ErrorLine } from './ErrorLine.js';
import { OrganisationTag } from './OrganisationTag.js';
import { sortMembers } from './sortMembers.js';

interface MemberListProps {
  playbookId: string;
  /** The viewer's role: facilitators change roles and remove people; everyone else sees the list. */
  role: PlaybookRole;
  /** The viewer's user id, to mark "you" and offer leaving; null while unknown. */
  userId: string | null;
  /** Called after the viewer left the playbook. */
  onLeft: () => void;
}

/**
 * Who is in the playbook: name, organisation and role. Facilitators change a role with a select (saved at
 * once) and remove someone after a confirmation; anyone can leave the playbook from their own row.
 */
export function MemberList({ playbookId, role, userId, onLeft }: MemberListProps) {
  const { t, i18n } = useTranslation();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const manages = role === 'facilitator';

  const load = useCallback(
    (signal?: AbortSignal) => {
      listMembers(playbookId, signal).then(setMembers, () => {
        if (!signal?.aborted) setLoadFailed(true);
      });
    },
    [playbookId],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const act = async (member: Member, run: () => Promise<void>) => {
    setBusy(member.userId);
    setFailure(null);
    try {
      await run();
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(error)));
      load();
    } finally {
      setBusy(null);
    }
  };

  const changeRole = (member: Member, next: PlaybookRole) =>
    act(member, async () => {
      setMembers(await changeMemberRole(playbookId, member.userId, next));
      setAnnouncement(t('access.members.roleChanged', { name: member.displayName, role: t(`access.role.${next}`) }));
    });

  const remove = (member: Member) =>
    act(member, async () => {
      await removeMember(playbookId, member.userId);
      setConfirming(null);
      if (member.userId === userId) {
        onLeft();
        return;
      }
      setMembers((current) => current?.filter((m) => m.userId !== member.userId) ?? null);
      setAnnouncement(t('access.members.removed', { name: member.displayName }));
    });

  if (members === null) {
    return loadFailed ? (
      <div className="access-load-error">
        <ErrorLine message={t('access.members.loadFailed')} />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setLoadFailed(false);
            load();
          }}
        >
          {t('access.members.retry')}
        </button>
      </div>
    ) : (
      <p role="status">{t('access.members.loading')}</p>
    );
  }

  return (
    <div className="member-list">
      <p className="member-list__count">{t('access.members.count', { count: members.length })}</p>
      {!manages && <p className="member-list__note">{t('access.members.readOnlyNote')}</p>}
      <ErrorLine message={failure} testId="members-error" />
      <ul className="member-list__items" data-testid="member-list">
        {sortMembers(members, i18n.resolvedLanguage).map((member) => {
          const isYou = member.userId === userId;
          const canRemove = manages || isYou;
          return (
            <li key={member.userId} className="member" data-testid="member" data-user-id={member.userId}>
              <div className="member__who">
                <span className="member__name">
                  {member.displayName}
                  {isYou && <span className="member__you"> ({t('access.members.you')})</span>}
                </span>
                {member.email && <span className="member__email">{member.email}</span>}
                <OrganisationTag organisation={member.organisation} />
              </div>
              <div className="member__role">
                {manages ? (
                  <select
                    className="field__input member__role-select"
                    aria-label={t('access.members.roleLabel', { name: member.displayName })}
                    value={member.role}
                    disabled={busy !== null}
                    data-testid="member-role"
                    onChange={(event) => void changeRole(member, event.target.value as PlaybookRole)}
                  >
                    {PLAYBOOK_ROLES.map((option) => (
                      <option key={option} value={option}>
                        {t(`access.role.${option}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className={`role-label role-label--${member.role}`}>{t(`access.role.${member.role}`)}</span>
                )}
                {canRemove && confirming !== member.userId && (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={isYou ? undefined : t('access.members.removeLabel', { name: member.displayName })}
                    disabled={busy !== null}
                    onClick={() => setConfirming(member.userId)}
                  >
                    {isYou ? t('access.members.leave') : t('access.members.remove')}
                  </button>
                )}
              </div>
              {confirming === member.userId && (
                <div className="member__confirm" role="group" aria-label={member.displayName}>
                  <p>
                    {isYou
                      ? t('access.members.confirmLeave')
                      : t('access.members.confirmRemove', { name: member.displayName })}
                  </p>
                  <div className="member__confirm-actions">
                    <button
                      type="button"
                      className="button button--danger"
                      // The button that opened the question is gone: focus moves to the answer.
                      autoFocus
                      disabled={busy !== null}
                      onClick={() => void remove(member)}
                    >
                      {isYou ? t('access.members.confirmLeaveYes') : t('access.members.confirmRemoveYes')}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                      {t('access.members.cancel')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
