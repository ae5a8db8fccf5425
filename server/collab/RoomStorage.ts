import * as Y from 'yjs';
import type { Config } from '../config.js';
import type { Metrics } from '../ops/metrics.js';
import type { DocumentStore, MaybePromise, StoredDocument } from '../storage/DocumentStore.js';
import { UpdateLogState } from './UpdateLogState.js';

/**
 * One room's side of storage: appending committed updates, compacting the log into a snapshot, and what
 * the room knows about both without asking the store (size, whether compaction is due, the snapshot).
 */
export class RoomStorage {
  private readonly log: UpdateLogState;
  /** The stored snapshot; the whole document while nothing was appended after it. */
  private snapshot: Uint8Array | null;

  constructor(
    private readonly roomId: string,
    stored: StoredDocument,
    private readonly deps: { store: DocumentStore; metrics: Metrics; config: Config },
  ) {
    this.log = new UpdateLogState(stored);
    this.snapshot = stored.snapshot;
  }

  /** Bytes stored for the playbook: snapshot plus log, an upper bound of its encoded size. */
  get storedBytes(): number {
    return this.log.totalBytes;
  }

  /** Whether there are updates after the last snapshot. */
  get hasLog(): boolean {
    return this.log.updates > 0;
  }

  /** The stored snapshot when it is the whole document (nothing appended since), else null. */
  get currentSnapshot(): Uint8Array | null {
    return this.log.updates === 0 ? this.snapshot : null;
  }

  get isCompactionDue(): boolean {
    return this.log.isCompactionDue(this.deps.config);
  }

  /** Appends one update; resolves (or returns) once it is committed. Throws or rejects when storage fails. */
  append(update: Uint8Array): MaybePromise<void> {
    const { metrics, store } = this.deps;
    metrics.updatesIn.inc();
    const stopTimer = metrics.persistSeconds.startTimer();
    const done = (seq: number) => {
      stopTimer();
      this.log.appended(seq, update.byteLength);
    };
    const seq = store.appendUpdate(this.roomId, update, this.log.lastSeq);
    if (typeof seq === 'number') return done(seq);
    return seq.then(done);
  }

  /** Replaces the log with a snapshot of `doc`, which must hold everything committed. */
  compact(doc: Y.Doc): MaybePromise<void> {
    if (this.log.updates === 0) return;
    const snapshot = Y.encodeStateAsUpdate(doc);
    const done = () => {
      this.deps.metrics.compactions.inc();
      this.log.compacted(snapshot.byteLength);
      this.snapshot = snapshot;
    };
    const result = this.deps.store.compact(this.roomId, snapshot, this.log.lastSeq);
    if (result instanceof Promise) return result.then(done);
    done();
  }
}
