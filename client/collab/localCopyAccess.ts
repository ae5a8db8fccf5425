import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { ConnectionStatus } from './connectionStatus.js';
import type { LocalCopyRecord } from './localCopyRecords.js';

/**
 * What to do with this browser's copy of an open playbook:
 * - `open`: load it into the editor (after deleting another account's or nobody's copy when `discardFirst`), with
 *   `role` deciding whether it may be changed;
 * - `wait`: not yet: the server has not said this account may read the playbook;
 * - `unavailable`: offline, and the copy here (if any) is not this account's: nothing to show;
 * - `refused`: the server refused the playbook; delete the copy when it is this account's (`discard`).
 */
export type LocalCopyDecision =
  | { kind: 'open'; role: PlaybookRole; discardFirst: boolean }
  | { kind: 'wait' }
  | { kind: 'unavailable' }
  | { kind: 'refused'; discard: boolean };

export interface LocalCopyFacts {
  /** The signed-in account. */
  accountId: string;
  /** The role the server just confirmed (`GET /api/playbooks/:id` answered); null until it did. */
  confirmedRole: PlaybookRole | null;
  status: ConnectionStatus | null;
  /** The record of the copy in this browser, if any. */
  record: LocalCopyRecord | null;
}

/**
 * Decides whether a playbook's local copy may be shown. Online, only once the server confirmed that this
 * account may read it. Offline (the connection failed for a reason other than access), only when this
 * same account opened it before, with that account's last known role. A refusal (no such playbook, or no
 * longer a member) deletes the copy, unless it is another account's: that one was never shown here.
 */
export function decideLocalCopy({ accountId, confirmedRole, status, record }: LocalCopyFacts): LocalCopyDecision {
  const mine = record !== null && record.accountId === accountId;
  if (status?.kind === 'stopped') {
    const refused =
      status.reasonKey === 'closed.notFound' ||
      status.reasonKey === 'closed.forbidden' ||
      status.reasonKey === 'closed.removed';
    if (refused) return { kind: 'refused', discard: record === null || mine };
  }
  // A copy nobody owns (made before copies had owners) may hold anyone's changes: it goes too.
  if (confirmedRole !== null) return { kind: 'open', role: confirmedRole, discardFirst: !mine };
  const offline = status?.kind === 'offline' && status.reasonKey !== 'closed.accessChanged';
  if (!offline) return { kind: 'wait' };
  return mine ? { kind: 'open', role: record.role, discardFirst: false } : { kind: 'unavailable' };
}

/** Which copies to delete when the session ends: `all` after the person agreed, `saved` when nobody could ask. */
export type DiscardMode = 'all' | 'saved';

/**
 * The playbook ids whose copies go when `accountId` signs out (`all`: they confirmed losing unsaved changes)
 * or when a session ended (`saved`). `databaseIds` are the copies found in IndexedDB, with or without a
 * record; a copy without a record is nobody's and always goes. Unsaved changes of another account stay:
 * they are not this person's to throw away, and this account never sees them.
 */
export function copiesToDiscard(
  records: ReadonlyMap<string, LocalCopyRecord>,
  databaseIds: readonly string[],
  accountId: string | null,
  mode: DiscardMode,
): string[] {
  const ids = new Set([...records.keys(), ...databaseIds]);
  return [...ids].filter((id) => {
    const record = records.get(id);
    if (!record?.unsaved) return true;
    return mode === 'all' && record.accountId === accountId;
  });
}

/** The playbooks whose copy holds changes of `accountId` the server has not confirmed. */
export function unsavedCopiesOf(records: ReadonlyMap<string, LocalCopyRecord>, accountId: string): string[] {
  return [...records].filter(([, record]) => record.unsaved && record.accountId === accountId).map(([id]) => id);
}
