const DATABASE_PREFIX = 'drejebog:';

/** Name of the IndexedDB database that keeps this browser's copy of a playbook. */
export const localDatabaseName = (playbookId: string): string => `${DATABASE_PREFIX}${playbookId}`;

/**
 * Deletes a playbook's copy. Resolves once it is gone, or failed to go. While a page still has the database
 * open the deletion waits for it to close, which the page does as it unmounts.
 */
export function deleteLocalDatabase(playbookId: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(localDatabaseName(playbookId));
    request.onsuccess = () => resolve();
    // reason: nothing to do about a failed deletion but go on; the record is gone, so the copy is never shown.
    request.onerror = () => resolve();
  });
}

/** The playbook ids that have a copy in this browser's IndexedDB (empty where the browser cannot list them). */
export async function localDatabaseIds(): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  try {
    const databases = await indexedDB.databases();
    return databases
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith(DATABASE_PREFIX))
      .map((name) => name.slice(DATABASE_PREFIX.length));
  } catch {
    // reason: listing refused (private mode in some browsers): the records still name the copies we made.
    return [];
  }
}
