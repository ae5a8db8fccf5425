import { copiesToDiscard, unsavedCopiesOf, type DiscardMode } from './localCopyAccess.js';
import { listLocalCopyRecords, removeLocalCopyRecord } from './localCopyRecords.js';
import { deleteLocalDatabase, localDatabaseIds } from './localDatabase.js';

/**
 * Deletes this browser's playbook copies when a session ends (see `copiesToDiscard` for which): the records
 * at once, so no copy is shown to anyone from now on, then the databases (each waits for an open page to
 * let go of it).
 */
export async function discardLocalCopies(accountId: string | null, mode: DiscardMode): Promise<void> {
  const ids = copiesToDiscard(listLocalCopyRecords(), await localDatabaseIds(), accountId, mode);
  for (const id of ids) removeLocalCopyRecord(id);
  await Promise.all(ids.map(deleteLocalDatabase));
}

/** Whether signing out would delete changes of `accountId` that the server has not confirmed. */
export function hasUnsavedLocalCopies(accountId: string): boolean {
  return unsavedCopiesOf(listLocalCopyRecords(), accountId).length > 0;
}
