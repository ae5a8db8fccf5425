import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { fetchMe } from '../api/authApi.js';
import { Icon } from '../components/Icon.js';
import { Modal } from '../components/Modal.js';
import { InvitationsTab } from './InvitationsTab.js';
import { MemberList } from './MemberList.js';
import { TokensTab } from './TokensTab.js';

export type MembersPanelTab = 'members' | 'invitations' | 'tokens';

/**
 * Who is in the playbook and how people get in, in one dialog: the members for everyone, and for
 * facilitators two more tabs, invitation links and access tokens.
 */
export function MembersPanel({
  playbookId,
  role,
  initialTab,
  onLeft,
  onClose,
}: {
  playbookId: string;
  role: PlaybookRole;
  initialTab: MembersPanelTab;
  onLeft: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const manages = role === 'facilitator';
  const tabs: MembersPanelTab[] = manages ? ['members', 'invitations', 'tokens'] : ['members'];
  const [chosen, setTab] = useState<MembersPanelTab>(initialTab);
  // A facilitator who loses the role while the panel is open keeps only the members tab.
  const tab = tabs.includes(chosen) ? chosen : 'members';
  const [userId, setUserId] = useState<string | null>(null);
  const tabRefs = useRef(new Map<MembersPanelTab, HTMLButtonElement>());

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setUserId(me.user.id),
      () => {
        // reason: without the account the list still shows; only "you" and leaving are missing.
      },
    );
    return () => controller.abort();
  }, []);

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab goes on into the panel.
  const moveTab = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const label: Record<MembersPanelTab, string> = {
    members: t('access.panel.tabMembers'),
    invitations: t('access.panel.tabInvitations'),
    tokens: t('access.panel.tabTokens'),
  };

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="members-panel">
      <div className="modal__form" data-testid="members-panel">
        <header className="modal__header">
          <h2 id={`${id}-title`} className="modal__title">
            {t('access.panel.title')}
          </h2>
          <button type="button" className="modal__close" aria-label={t('access.panel.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        {tabs.length > 1 && (
          <div className="members-panel__tabs" role="tablist" aria-label={t('access.panel.tabsLabel')}>
            {tabs.map((name) => (
              <button
                key={name}
                ref={(element) => {
                  if (element) tabRefs.current.set(name, element);
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${name}`}
                className="members-panel__tab"
                aria-selected={tab === name}
                aria-controls={`${id}-panel`}
                tabIndex={tab === name ? 0 : -1}
                data-testid={`members-tab-${name}`}
                onClick={() => setTab(name)}
                onKeyDown={moveTab}
              >
                {label[name]}
              </button>
            ))}
          </div>
        )}
        <div
          id={`${id}-panel`}
          className="modal__body"
          role={tabs.length > 1 ? 'tabpanel' : undefined}
          aria-labelledby={tabs.length > 1 ? `${id}-tab-${tab}` : undefined}
        >
          {tab === 'members' && <MemberList playbookId={playbookId} role={role} userId={userId} onLeft={onLeft} />}
          {tab === 'invitations' && <InvitationsTab playbookId={playbookId} />}
          {tab === 'tokens' && <TokensTab playbookId={playbookId} />}
        </div>
      </div>
    </Modal>
  );
}
