import type { StoredDocument } from '../storage/DocumentStore.js';

/**
 * What a room knows about its stored update log without asking storage: the newest sequence number, the
 * log since the last snapshot (the compaction trigger) and the stored size (the document-size limit).
 */
export class UpdateLogState {
  lastSeq: number;
  /** Updates and bytes appended since the last snapshot. */
  updates: number;
  bytes: number;
  /** Snapshot plus log: an upper bound of the encoded document. */
  totalBytes: number;

  constructor(stored: StoredDocument) {
    this.lastSeq = stored.lastSeq;
    this.updates = stored.updates.length;
    this.bytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    this.totalBytes = stored.totalBytes;
  }

  appended(seq: number, byteLength: number): void {
    this.lastSeq = seq;
    this.updates += 1;
    this.bytes += byteLength;
    this.totalBytes += byteLength;
  }

  compacted(snapshotBytes: number): void {
    this.updates = 0;
    this.bytes = 0;
    this.totalBytes = snapshotBytes;
  }

  isCompactionDue(limits: { COMPACT_AFTER_UPDATES: number; COMPACT_AFTER_BYTES: number }): boolean {
    return this.updates >= limits.COMPACT_AFTER_UPDATES || this.bytes >= limits.COMPACT_AFTER_BYTES;
  }
}
