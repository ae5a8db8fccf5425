import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { deleteLocalDatabase, localDatabaseName } from './localDatabase.js';
import { removeLocalCopyRecord, updateLocalCopyRecord, writeLocalCopyRecord } from './localCopyRecords.js';
import { LocalStoreTracker } from './LocalStoreTracker.js';

/**
 * This browser's IndexedDB copy of one playbook (offline edits survive a reload and merge on reconnect),
 * opened only when `open` is called: the page calls it once the server confirmed that the signed-in account
 * may read the playbook, or offline for the account that opened it before (see `decideLocalCopy`). Until
 * then nothing from the copy reaches the Y.Doc. Its record (owner, role, unsaved) is kept up to date.
 */
export class LocalCopy {
  private persistence: IndexeddbPersistence | null = null;
  private tracker: LocalStoreTracker | null = null;
  private discarding: Promise<void> | null = null;

  constructor(
    private readonly playbookId: string,
    private readonly doc: Y.Doc,
    /** Updates from here are the server's, already saved there. */
    private readonly remoteOrigin: unknown,
    private readonly onChange: () => void,
  ) {}

  /** The copy is loaded into the doc and receives every change. */
  get opened(): boolean {
    return this.persistence !== null;
  }

  /** True when every local change so far is stored in IndexedDB; false while the copy is not open. */
  get allStored(): boolean {
    return this.tracker?.allStored ?? false;
  }

  /** Loads the copy into the doc (once) as `accountId`'s, who has `role`; `unsaved`: changes await the server. */
  open(owner: { accountId: string; role: PlaybookRole }, unsaved: boolean): void {
    if (this.persistence || this.discarding) return;
    writeLocalCopyRecord(this.playbookId, { ...owner, unsaved });
    this.persistence = new IndexeddbPersistence(localDatabaseName(this.playbookId), this.doc);
    this.tracker = new LocalStoreTracker(this.doc, this.persistence, this.remoteOrigin, this.onChange);
    this.onChange();
  }

  /** Remembers the role the server gave (a reader's copy opens read-only when offline). */
  noteRole(role: PlaybookRole): void {
    if (this.persistence) updateLocalCopyRecord(this.playbookId, { role });
  }

  /** Remembers whether changes await the server's confirmation (signing out asks before deleting them). */
  noteUnsaved(unsaved: boolean): void {
    if (this.persistence) updateLocalCopyRecord(this.playbookId, { unsaved });
  }

  /** Deletes the copy and its record; the doc keeps what it shows. `open` makes a new one afterwards. */
  discard(): Promise<void> {
    this.discarding ??= (async () => {
      const persistence = this.persistence;
      this.tracker?.destroy();
      this.tracker = null;
      this.persistence = null;
      removeLocalCopyRecord(this.playbookId);
      if (persistence) await persistence.destroy();
      await deleteLocalDatabase(this.playbookId);
      this.discarding = null;
      this.onChange();
    })();
    return this.discarding;
  }

  /** Lets go of the copy without deleting it (the page closes). */
  destroy(): void {
    this.tracker?.destroy();
    if (this.persistence) void this.persistence.destroy();
  }
}
