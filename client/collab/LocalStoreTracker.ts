import type { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * Knows whether every local change has reached this browser's IndexedDB copy of the playbook.
 *
 * y-indexeddb writes each update in its own read-write transaction from the doc's `update` event, without
 * telling anyone when the write is done. IndexedDB runs transactions on the same store in the order they
 * were created, so a read-only transaction created after those writes completes only after them: its
 * `complete` event proves every earlier change is on disk. Changes made before the database opened are
 * written with the state it stores on opening, so the first proof waits for `whenSynced`.
 */
export class LocalStoreTracker {
  private localVersion = 0;
  private storedVersion = 0;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private broken = false;
  private destroyed = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly persistence: IndexeddbPersistence,
    /** Updates from here are the server's, already saved there; nothing to keep locally for them. */
    private readonly remoteOrigin: unknown,
    private readonly onChange: () => void,
  ) {
    // Registered after the persistence's own listener, so its write transaction exists before our check.
    doc.on('update', this.onDocUpdate);
  }

  /** True when every local change so far is stored in IndexedDB (or there were none). */
  get allStored(): boolean {
    return !this.broken && this.storedVersion >= this.localVersion;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.checkTimer !== null) clearTimeout(this.checkTimer);
    this.doc.off('update', this.onDocUpdate);
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.remoteOrigin || origin === this.persistence) return;
    const wasStored = this.allStored;
    this.localVersion += 1;
    if (wasStored) this.onChange();
    this.scheduleCheck();
  };

  // A burst of keystrokes needs one check, not one each.
  private scheduleCheck(): void {
    if (this.checkTimer !== null || this.destroyed) return;
    this.checkTimer = setTimeout(() => {
      this.checkTimer = null;
      void this.check();
    }, 50);
  }

  private async check(): Promise<void> {
    const version = this.localVersion;
    try {
      await this.persistence.whenSynced;
      const db = this.persistence.db;
      if (!db || this.destroyed) return;
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['updates'], 'readonly');
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
    } catch {
      // reason: storage refused (quota, private mode): the status must not claim the changes are kept here.
      this.broken = true;
      this.onChange();
      return;
    }
    if (this.destroyed || version <= this.storedVersion) return;
    const wasStored = this.allStored;
    this.storedVersion = version;
    if (wasStored !== this.allStored) this.onChange();
  }
}
