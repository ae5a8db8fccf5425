import { useEffect, useState } from 'react';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { CollabSession } from './CollabSession.js';
import type { ConnectionStatus } from './connectionStatus.js';
import { decideLocalCopy } from './localCopyAccess.js';
import { readLocalCopyRecord } from './localCopyRecords.js';

export interface LocalCopyView {
  /**
   * The role the page may act on: the server's, or offline the role this account last had here. Null while
   * neither is known: nothing may be changed then (a reader must not type before the server said so).
   */
  role: PlaybookRole | null;
  /** Offline, and this browser holds no copy of the playbook for this account: nothing to show. */
  unavailable: boolean;
  /** The server refused the playbook and this account's copy here was deleted. */
  discarded: boolean;
}

/**
 * Opens the session's local copy when `decideLocalCopy` allows it, keeps its record's role current, and
 * deletes it when the server refused the playbook. `confirmedRole` is the role the server answered.
 */
export function useLocalCopy(
  session: CollabSession,
  accountId: string,
  confirmedRole: PlaybookRole | null,
  status: ConnectionStatus | null,
): LocalCopyView {
  const record = readLocalCopyRecord(session.playbookId);
  const decision = decideLocalCopy({ accountId, confirmedRole, status, record });
  const [discarded, setDiscarded] = useState(false);
  const openRole = decision.kind === 'open' ? decision.role : null;
  const discardFirst = decision.kind === 'open' && decision.discardFirst;
  const refusedDiscard = decision.kind === 'refused' && decision.discard;

  useEffect(() => {
    if (openRole === null) return;
    const { localCopy } = session;
    if (localCopy.opened) {
      if (confirmedRole !== null) localCopy.noteRole(confirmedRole);
      return;
    }
    // Another account's copy is deleted, not merged: its changes are not this account's to send.
    const open = () => localCopy.open({ accountId, role: openRole }, session.unsaved);
    if (discardFirst) void localCopy.discard().then(open);
    else open();
  }, [session, accountId, openRole, confirmedRole, discardFirst]);

  useEffect(() => {
    if (!refusedDiscard) return;
    const hadCopy = session.localCopy.opened || readLocalCopyRecord(session.playbookId) !== null;
    void session.localCopy.discard().then(() => setDiscarded(hadCopy));
  }, [session, refusedDiscard]);

  // Offline, the copy opened with this account's last role; it stays the role while reconnecting.
  const lastRole = session.localCopy.opened && record?.accountId === accountId ? record.role : null;
  return {
    role: confirmedRole ?? (decision.kind === 'open' ? decision.role : lastRole),
    unavailable: decision.kind === 'unavailable',
    discarded,
  };
}
