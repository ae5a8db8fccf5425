import type { MaybePromise } from '../storage/DocumentStore.js';

/** A frozen copy of a playbook's document at approval. Times are epoch milliseconds. */
export interface StoredVersion {
  playbookId: string;
  /** 1, 2, 3 … per playbook. */
  number: number;
  label: string;
  /** The whole document as one Yjs update. */
  state: Uint8Array;
  approvedBy: string;
  approvedByUser: string;
  approvedAt: number;
}

export type VersionSummary = Omit<StoredVersion, 'state'>;

/** The port to approved versions; the rules (who approves, what is frozen) live in the router. */
export interface VersionStore {
  /** Stores the next version of the playbook (its number is one more than the last) and returns it. */
  add(version: Omit<StoredVersion, 'number'>): MaybePromise<VersionSummary>;
  list(playbookId: string): MaybePromise<VersionSummary[]>;
  /** The newest version with its state, or null before the first approval. */
  latest(playbookId: string): MaybePromise<StoredVersion | null>;
  close(): MaybePromise<void>;
}
