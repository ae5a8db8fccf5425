import { useTranslation } from 'react-i18next';
import { useCollaboration } from '../collab/useCollaboration.js';
import { useUnsavedLeaveWarning } from '../collab/useUnsavedLeaveWarning.js';
import { AppHeader } from '../components/AppHeader.js';
import { ConnectionIndicator } from '../components/ConnectionIndicator.js';
import { NameField } from '../components/NameField.js';
import { PresenceList } from '../components/PresenceList.js';
import { StoppedNotice } from '../components/StoppedNotice.js';
import { NotesEditor } from '../editor/NotesEditor.js';
import { useLocalUser } from '../identity/useLocalUser.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';

/** `/p/<id>`: the shared notes of one playbook, who is here, and whether everything is saved. */
export function PlaybookPage({ playbookId }: { playbookId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('playbook.notesHeading'), playbookId);
  const [user, setName] = useLocalUser();
  const { session, snapshot } = useCollaboration(playbookId, user);
  const status = snapshot?.status ?? null;
  useUnsavedLeaveWarning(status?.kind === 'saving' || status?.messageKey === 'status.offlineUnsaved');

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page playbook">
        <div className="playbook__head">
          <div className="playbook__titles">
            <p className="eyebrow">
              {t('playbook.eyebrow')} · <span className="playbook__id">{playbookId}</span>
            </p>
            <h1 id="notes-heading" className="playbook__title">
              {t('playbook.notesHeading')}
            </h1>
            <p id="notes-intro" className="playbook__intro">
              {t('playbook.notesIntro')}
            </p>
          </div>
          <ConnectionIndicator status={status} />
        </div>
        {status?.kind === 'stopped' && <StoppedNotice reasonKey={status.reasonKey} />}
        <div className="playbook__layout">
          <section className="paper" aria-labelledby="notes-heading">
            {session ? (
              <NotesEditor
                session={session}
                user={user}
                editable={status?.kind !== 'stopped'}
                labelledBy="notes-heading"
                describedBy="notes-intro"
              />
            ) : (
              <p className="paper__loading">{t('playbook.loading')}</p>
            )}
          </section>
          <aside className="playbook__aside">
            <PresenceList
              peers={snapshot?.peers ?? []}
              connected={status?.kind === 'saved' || status?.kind === 'saving'}
            >
              <NameField name={user.name} onChange={setName} />
            </PresenceList>
          </aside>
        </div>
      </main>
    </>
  );
}
