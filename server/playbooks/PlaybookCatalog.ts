import type { PlaybookCatalogEntry } from '../../shared/api/playbooksApi.js';
import type { PlaybookStatus } from '../../shared/playbook/PlaybookStatus.js';
import type { MaybePromise } from '../storage/DocumentStore.js';

/** Which playbooks a list includes, by archive state. */
export type ArchivedFilter = 'include' | 'only' | 'exclude';

/** The catalogue fields mirrored from a playbook's document (`meta` map). */
export interface PlaybookListing {
  title: string;
  status: PlaybookStatus;
  area: string;
}

/** A new catalogue row: the playbook's document was stored before this row is created. */
export interface NewPlaybook extends PlaybookListing {
  id: string;
  /** The template or example it was created from; null for a blank playbook. */
  templateId: string | null;
  /** Creation time in epoch milliseconds; also its first `updatedAt`. */
  now: number;
}

/**
 * The list of playbooks that exist, for the API and the collaboration endpoint: one row per playbook with
 * what a list shows (title, status, area, dates). The Y.Doc stays the source of truth for the content; the
 * catalogue mirrors its title, status and area. Methods may answer now or later (MaybePromise), so a
 * network database adapter fits the same port. Methods taking an id return null when no row has that id.
 */
export interface PlaybookCatalog {
  create(playbook: NewPlaybook): MaybePromise<PlaybookCatalogEntry>;
  get(id: string): MaybePromise<PlaybookCatalogEntry | null>;
  /**
   * Playbooks whose title contains `q` (case-insensitive, Danish letters included; empty or absent: all),
   * most recently updated first.
   */
  list(filter: { q?: string; archived: ArchivedFilter }): MaybePromise<PlaybookCatalogEntry[]>;
  /** Changes the given mirrored fields and sets `updatedAt` to `now`. */
  update(id: string, patch: Partial<PlaybookListing>, now: number): MaybePromise<PlaybookCatalogEntry | null>;
  /** Archives (`archivedAt` = `now`) or restores (`now` = null); archiving twice keeps the first time. */
  setArchived(id: string, now: number | null): MaybePromise<PlaybookCatalogEntry | null>;
  close(): MaybePromise<void>;
}
