import { useEffect, useSyncExternalStore } from 'react';
import type { LocalUser } from '../identity/LocalUser.js';
import type { CollabSession, CollabSnapshot } from './CollabSession.js';
import { sessionRegistry } from './sessionRegistry.js';

const noSubscription = (): (() => void) => () => {};
const noSnapshot = (): null => null;

/**
 * Opens the playbook `playbookId` for collaboration while the calling component is mounted: the Y.Doc, the
 * websocket provider, the honest save status and who is present. `session` is null during the first render.
 */
export function useCollaboration(
  playbookId: string,
  user: LocalUser,
): { session: CollabSession | null; snapshot: CollabSnapshot | null } {
  useEffect(() => {
    // `user` is only the starting identity; later changes go through `setUser` below.
    const acquired = sessionRegistry.acquire(playbookId, user);
    return () => sessionRegistry.release(acquired);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: a new name must not reopen the socket.
  }, [playbookId]);

  const session = useSyncExternalStore(sessionRegistry.subscribe, () => sessionRegistry.peek(playbookId));

  useEffect(() => {
    session?.setUser(user);
  }, [session, user]);

  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? noSnapshot);
  return { session, snapshot };
}
