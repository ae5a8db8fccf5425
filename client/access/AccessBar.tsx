import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { navigate } from '../routing/navigate.js';
import { ApproveVersionDialog } from '../versions/ApproveVersionDialog.js';
import '../styles/access.css';
import { MembersPanel, type MembersPanelTab } from './MembersPanel.js';
import { ReadOnlyBadge } from './ReadOnlyBadge.js';

/**
 * The access controls in the playbook header: "Læseadgang" for readers, "Deltagere" for everyone and
 * "Invitér" for facilitators, both opening the members panel. Nothing until the role is known.
 */
export function AccessBar({ playbookId, role }: { playbookId: string; role: PlaybookRole | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<MembersPanelTab | null>(null);
  const [approving, setApproving] = useState(false);
  if (role === null) return null;
  return (
    <div className="access-bar" data-role={role}>
      {role === 'reader' && <ReadOnlyBadge />}
      <button
        type="button"
        className="button button--secondary access-bar__button"
        data-testid="open-members"
        onClick={() => setOpen('members')}
      >
        {t('access.header.members')}
      </button>
      {role === 'facilitator' && (
        <button
          type="button"
          className="button button--primary access-bar__button"
          data-testid="open-invite"
          onClick={() => setOpen('invitations')}
        >
          {t('access.header.invite')}
        </button>
      )}
      {role === 'facilitator' && (
        <button
          type="button"
          className="button button--secondary access-bar__button"
          data-testid="open-approve"
          onClick={() => setApproving(true)}
        >
          {t('versions.button')}
        </button>
      )}
      {approving && <ApproveVersionDialog playbookId={playbookId} onClose={() => setApproving(false)} />}
      {open && (
        <MembersPanel
          playbookId={playbookId}
          role={role}
          initialTab={open}
          onLeft={() => navigate('/')}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
