import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { MaybePromise } from '../storage/DocumentStore.js';

/** Where a shared entry was used as draft text. `at` is epoch milliseconds. */
export interface StoredLogbookUse {
  playbookId: string;
  sectionId: SectionId;
  at: number;
}

/** One logbook entry. Times are epoch milliseconds; `sharedAt` is null while the entry is private. */
export interface StoredLogbookEntry {
  id: string;
  courseId: string;
  authorId: string;
  /** The author's group when the entry was written (or shared, if they had none then), or null. */
  groupId: string | null;
  actionCardId: string | null;
  text: string;
  createdAt: number;
  updatedAt: number;
  sharedAt: number | null;
  usedIn: StoredLogbookUse[];
}

export type LogbookEntryPatch = Partial<Pick<StoredLogbookEntry, 'text' | 'actionCardId'>> & { updatedAt: number };

/**
 * The port to logbook storage. Storage only: who may see or change an entry is LogbookService's rule. Every
 * change of an entry names its author, so a change can only ever touch the author's own entries.
 */
export interface LogbookStore {
  create(entry: StoredLogbookEntry): MaybePromise<void>;
  /** The entry with `id` in the course, whoever wrote it (the caller decides who may see it). */
  get(courseId: string, id: string): MaybePromise<StoredLogbookEntry | null>;
  /** The author's entries in the course, newest first. */
  listByAuthor(courseId: string, authorId: string): MaybePromise<StoredLogbookEntry[]>;
  countByAuthor(courseId: string, authorId: string): MaybePromise<number>;
  /** The SHARED entries of a group, newest shared first. Never a private one. */
  listSharedOfGroup(courseId: string, groupId: string): MaybePromise<StoredLogbookEntry[]>;
  /** False when the author has no such entry. */
  update(courseId: string, authorId: string, id: string, patch: LogbookEntryPatch): MaybePromise<boolean>;
  /** Shares (`sharedAt` a time, with the group it goes to) or unshares (`sharedAt` null) an own entry. */
  setShared(
    courseId: string,
    authorId: string,
    id: string,
    sharedAt: number | null,
    groupId: string | null,
  ): MaybePromise<boolean>;
  /** Records that a (shared) entry was used as draft text. */
  addUse(courseId: string, id: string, use: StoredLogbookUse): MaybePromise<boolean>;
  delete(courseId: string, authorId: string, id: string): MaybePromise<boolean>;
  /** Deletes every private entry of the author in the course (they left it); shared ones stay. */
  deletePrivateOf(courseId: string, authorId: string): MaybePromise<number>;
  close(): MaybePromise<void>;
}
