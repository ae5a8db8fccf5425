/** A value now or later: the embedded SQLite adapter answers synchronously, network databases do not. */
export type MaybePromise<T> = T | Promise<T>;

/** What is stored for one playbook: an optional compacted snapshot plus the updates appended after it. */
export interface StoredDocument {
  /** Yjs update (v1) holding everything up to and including `snapshotSeq`, or null when never compacted. */
  snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the newest stored update (0 when nothing was ever stored). */
  lastSeq: number;
  /** Bytes of the snapshot plus the updates: an upper bound of the playbook's encoded size. */
  totalBytes: number;
}

/**
 * The storage port of the collaboration server: an append-only update log per playbook plus snapshots.
 * `appendUpdate` must be durable when it returns (resolves): the room relays an update only after that.
 */
export interface DocumentStore {
  load(docId: string): MaybePromise<StoredDocument>;
  /**
   * Appends one update; returns its sequence number once committed. With `afterSeq` (the newest sequence
   * number the caller knows, as a loaded room does) the update gets `afterSeq + 1` without the store looking
   * it up, and the append fails when that number is taken: someone else appended behind the caller's back.
   */
  appendUpdate(docId: string, update: Uint8Array, afterSeq?: number): MaybePromise<number>;
  /**
   * Replaces every update with `seq <= upToSeq` by `snapshot` (which must contain them all) in one
   * transaction, so a concurrent load sees either the old log or the new snapshot, never a mix.
   */
  compact(docId: string, snapshot: Uint8Array, upToSeq: number): MaybePromise<void>;
  list(): MaybePromise<string[]>;
  delete(docId: string): MaybePromise<void>;
  /** Resolves when the storage answers a trivial query; used by the health check. */
  ping(): MaybePromise<void>;
  close(): MaybePromise<void>;
}
