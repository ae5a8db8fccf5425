import type { MaybePromise } from '../storage/DocumentStore.js';
import type { SearchEntry } from './playbookSearchEntries.js';

/** A match: where it is and the text around it, with the matched parts between \u0001 and \u0002. */
export interface RawHit {
  playbookId: string;
  sectionId: string | null;
  markedSnippet: string;
}

/** Start and end of a match in `RawHit.markedSnippet` (characters a playbook's text cannot usefully hold). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/**
 * The port to full-text search over playbooks. `indexedAt` lets the search service bring stale entries up
 * to date before it searches, so the index follows every document change, however it was made.
 */
export interface SearchIndex {
  replace(playbookId: string, entries: SearchEntry[], indexedAt: number): MaybePromise<void>;
  /** When each of `playbookIds` was last indexed (absent: never). */
  indexedAt(playbookIds: string[]): MaybePromise<Map<string, number>>;
  /**
   * Entries of `playbookIds` matching every one of `terms` (each a substring of at least three characters),
   * best first.
   */
  search(terms: string[], playbookIds: string[], limit: number): MaybePromise<RawHit[]>;
  close(): MaybePromise<void>;
}
