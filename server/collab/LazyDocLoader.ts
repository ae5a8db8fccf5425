import * as Y from 'yjs';
import type { StoredDocument } from '../storage/DocumentStore.js';

/** The doc is built in the background this long after loading, if nothing needed it before. */
const BUILD_AFTER_MS = 250;

/**
 * Builds a room's Y.Doc from what storage returned, lazily. A compacted playbook (a snapshot and no log)
 * can answer a first visitor's sync request with the stored snapshot as it is, so its doc is built only
 * when something needs it — an update, another sync answer, a server change — or shortly after in the
 * background. A late joiner of a large playbook then waits for its own apply, not for the server's too.
 */
export class LazyDocLoader {
  private pending: StoredDocument | null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly doc: Y.Doc,
    stored: StoredDocument,
    /** Transaction origin of what is read from storage (never stored or relayed again). */
    private readonly origin: unknown,
    /** Called once, right after the doc was built. */
    private readonly onBuilt: () => void,
  ) {
    this.pending = stored;
  }

  get built(): boolean {
    return this.pending === null;
  }

  /** Builds now unless there is only a snapshot, which waits for `build()` or the background timer. */
  start(scheduleBuild: (build: () => void) => void): void {
    if (!this.pending?.snapshot || this.pending.updates.length > 0) {
      this.build();
      return;
    }
    this.timer = setTimeout(() => scheduleBuild(() => this.build()), BUILD_AFTER_MS);
  }

  /** Applies everything stored to the doc, once. */
  build(): void {
    const stored = this.pending;
    if (!stored) return;
    this.pending = null;
    this.cancel();
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, this.origin);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update, this.origin);
    }, this.origin);
    this.onBuilt();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
