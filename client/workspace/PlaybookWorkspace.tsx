import { useEffect, useMemo, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSectionId, type SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS, sectionById } from '../../shared/playbook/sections.js';
import { AccessBar } from '../access/AccessBar.js';
import { usePlaybookRole } from '../access/usePlaybookRole.js';
import { useAccount } from '../auth/AccountContext.js';
import type { CollabSession, CollabSnapshot } from '../collab/CollabSession.js';
import { useLocalCopy } from '../collab/useLocalCopy.js';
import { ConnectionIndicator } from '../components/ConnectionIndicator.js';
import { StoppedNotice } from '../components/StoppedNotice.js';
import { PlaybookHeader } from '../header/PlaybookHeader.js';
import type { LocalUser } from '../identity/LocalUser.js';
import { playbookFillStates } from '../../shared/playbook/sectionFillState.js';
import { playbookSelectors } from '../playbook/playbookSelectors.js';
import { ReadingLinks } from '../reading/ReadingLinks.js';
import { useDocSelector } from '../playbook/useDocSelector.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { SectionView } from '../sections/SectionView.js';
import { useSectionTexts } from '../sections/useSectionTexts.js';
import '../styles/workspace.css';
import type { NavItem } from './NavItem.js';
import { PlaybookNav } from './PlaybookNav.js';
import { scrollToSection } from './scrollToSection.js';
import { useInitialSectionFromHash } from './useInitialSectionFromHash.js';
import { useVisibleSection } from './useVisibleSection.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { applyPromptsOverride } from '../workshop/promptsOverride.js';
import { usePlaybookWorkshop } from '../workshop/usePlaybookWorkshop.js';

// Fill states walk every section's text: once per 150 ms is live enough and keeps typing smooth.
const FILL_THROTTLE_MS = 150;

interface PlaybookWorkspaceProps {
  session: CollabSession;
  snapshot: CollabSnapshot | null;
  user: LocalUser;
}

/** The open playbook: header, section navigation with fill states and presence, and every section. */
export function PlaybookWorkspace({ session, snapshot, user }: PlaybookWorkspaceProps) {
  const { t } = useTranslation();
  const { doc } = session;
  const header = useDocSelector(doc, playbookSelectors.header);
  const promptsVisible = useDocSelector(doc, playbookSelectors.promptsVisible);
  const fills = useDocSelector(doc, playbookFillStates, FILL_THROTTLE_MS);
  const textsOf = useSectionTexts();
  const texts = useMemo(() => new Map(SECTIONS.map((section) => [section.id, textsOf(section)])), [textsOf]);
  const status = snapshot?.status ?? null;
  const peers = snapshot?.peers ?? [];
  const { role } = usePlaybookRole(session.playbookId, status);
  const localCopy = useLocalCopy(session, useAccount().me.user.id, role, status);
  // Readers see every editor read-only (the server refuses their changes anyway); nobody writes before the
  // role is known (from the server, or offline from this account's last visit).
  const editable = status?.kind !== 'stopped' && localCopy.role !== null && localCopy.role !== 'reader';
  // Sections show once the server (or this browser's stored copy) delivered the playbook: empty editors
  // would only flash, and a refused playbook with no copy here has nothing to show.
  const ready = header.loaded || snapshot?.everSynced === true;
  const visible = useVisibleSection(ready);
  const [focused, setFocused] = useState<SectionId | null>(null);
  // The navigation follows what you are reading; the others see where you are working (your caret, if any).
  const reading = visible ?? focused ?? (ready ? 'cover' : null);
  const working = focused ?? reading;
  // In a course: the live workshop bar, "follow me", and the facilitator's choice of prompts for everyone.
  const workshop = usePlaybookWorkshop(session.playbookId, ready ? reading : null, role);
  const shownPrompts = applyPromptsOverride(promptsVisible, workshop.prompts);
  useDocumentTitle(ready ? header.title.trim() || t('editor.title.untitled') : t('editor.loading'));
  useInitialSectionFromHash(ready);

  useEffect(() => session.setSection(working), [session, working]);

  const sectionOf = (target: EventTarget | null): SectionId | null => {
    const id = target instanceof Element ? target.closest<HTMLElement>('[data-section]')?.dataset['section'] : null;
    return isSectionId(id) ? id : null;
  };
  const trackFocus = {
    onFocus: (event: FocusEvent) => setFocused(sectionOf(event.target)),
    onBlur: (event: FocusEvent) => setFocused(sectionOf(event.relatedTarget)),
  };

  const items: NavItem[] = SECTIONS.map((section) => ({
    id: section.id,
    number: section.number,
    title: texts.get(section.id)!.title,
    fill: fills[section.id],
    peers: peers.filter((peer) => !peer.isLocal && peer.section === section.id),
  }));
  const allPromptsHidden = SECTIONS.every((section) => !shownPrompts[section.id]);

  // Refused before anything arrived (no such playbook, no access): only the explanation, no empty shell.
  if (!ready && status?.kind === 'stopped') {
    return (
      <div className="workspace__refused">
        <ConnectionIndicator status={status} />
        <StoppedNotice reasonKey={status.reasonKey} />
        {localCopy.discarded && <p className="workspace__local-copy-note">{t('privacy.localCopy.deleted')}</p>}
      </div>
    );
  }

  return (
    <>
      <PlaybookHeader
        doc={doc}
        header={header}
        status={status}
        peers={peers}
        sectionTitle={(id) => `${sectionById(id).number}. ${textsOf(sectionById(id)).title}`}
        readOnly={!editable}
        access={
          <>
            <AccessBar playbookId={session.playbookId} role={status?.kind === 'stopped' ? null : role} />
            <ReadingLinks playbookId={session.playbookId} />
            <ExportMenu playbookId={session.playbookId} />
          </>
        }
      />
      {status?.kind === 'stopped' && <StoppedNotice reasonKey={status.reasonKey} />}
      {localCopy.discarded && <p className="workspace__local-copy-note">{t('privacy.localCopy.deleted')}</p>}
      {workshop.bar}
      <div className="workspace">
        <PlaybookNav
          doc={doc}
          items={items}
          current={reading}
          onNavigate={scrollToSection}
          allPromptsHidden={allPromptsHidden}
          readOnly={!editable || workshop.prompts !== null}
        />
        <div className="workspace__sections" {...trackFocus}>
          {ready ? (
            SECTIONS.map((section) => (
              <SectionView
                key={section.id}
                session={session}
                user={user}
                section={section}
                texts={texts.get(section.id)!}
                fill={fills[section.id]}
                promptsVisible={shownPrompts[section.id]}
                promptsFixed={workshop.prompts !== null}
                editable={editable}
              />
            ))
          ) : (
            <p className="paper paper__loading" role="status" data-testid="sections-loading">
              {localCopy.unavailable ? t('privacy.localCopy.offlineNotHere') : t('editor.loading')}
            </p>
          )}
        </div>
      </div>
    </>
  );
}
