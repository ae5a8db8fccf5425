import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/AccountContext.js';
import { presenceUser } from '../auth/presenceUser.js';
import { useCollaboration } from '../collab/useCollaboration.js';
import { useUnsavedLeaveWarning } from '../collab/useUnsavedLeaveWarning.js';
import { AppHeader } from '../components/AppHeader.js';
import { PlaybookWorkspace } from '../workspace/PlaybookWorkspace.js';

/**
 * `/p/<id>`: one playbook, co-written live. Opens the collaboration session (Y.Doc, websocket, IndexedDB
 * copy) as the signed-in person and warns before leaving while changes exist only in this tab.
 */
export function PlaybookPage({ playbookId }: { playbookId: string }) {
  const { t } = useTranslation();
  const { me } = useAccount();
  const user = useMemo(() => presenceUser(me), [me]);
  const { session, snapshot } = useCollaboration(playbookId, user);
  const status = snapshot?.status ?? null;
  // Changes kept in IndexedDB survive closing the tab; only changes still in memory need the warning.
  useUnsavedLeaveWarning(status?.kind === 'saving' || status?.messageKey === 'status.offlineUnsaved');

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page playbook" data-playbook-id={playbookId}>
        {session ? (
          <PlaybookWorkspace session={session} snapshot={snapshot} user={user} />
        ) : (
          <p className="paper paper__loading" role="status">
            {t('editor.loading')}
          </p>
        )}
      </main>
    </>
  );
}
