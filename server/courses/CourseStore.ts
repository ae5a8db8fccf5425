import type { MixedGroupRule } from '../../shared/api/coursesApi.js';
import type { MaybePromise } from '../storage/DocumentStore.js';

/** A course (forløb). Times are epoch milliseconds. */
export interface StoredCourse {
  id: string;
  title: string;
  goal: string;
  partnerOrganisationIds: string[];
  mixedGroups: MixedGroupRule;
  /** The target playbook: its members are the course's participants, its facilitators the course's. */
  playbookId: string;
  createdBy: string;
  createdAt: number;
}

export interface StoredWorkshop {
  id: string;
  courseId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  place: string;
  notes: string;
}

/** A learning group; `playbookId` is its working space. */
export interface StoredGroup {
  id: string;
  courseId: string;
  name: string;
  playbookId: string;
  createdAt: number;
}

export interface StoredGroupMember {
  groupId: string;
  userId: string;
}

export type CoursePatch = Partial<Pick<StoredCourse, 'title' | 'goal' | 'partnerOrganisationIds' | 'mixedGroups'>>;
export type WorkshopPatch = Partial<Pick<StoredWorkshop, 'title' | 'date' | 'place' | 'notes'>>;

/**
 * The port to course storage: courses, workshops, groups and who is in which group. Storage only; the rules
 * (who may change what, mixed groups, playbook memberships) live in CourseService.
 */
export interface CourseStore {
  createCourse(course: StoredCourse, workshops: StoredWorkshop[]): MaybePromise<void>;
  getCourse(id: string): MaybePromise<StoredCourse | null>;
  /** The courses whose target playbook is one of `playbookIds`, newest first. */
  coursesOfPlaybooks(playbookIds: string[]): MaybePromise<StoredCourse[]>;
  updateCourse(id: string, patch: CoursePatch): MaybePromise<void>;

  /** Ordered by date, then title. */
  listWorkshops(courseId: string): MaybePromise<StoredWorkshop[]>;
  createWorkshop(workshop: StoredWorkshop): MaybePromise<void>;
  updateWorkshop(courseId: string, id: string, patch: WorkshopPatch): MaybePromise<boolean>;
  deleteWorkshop(courseId: string, id: string): MaybePromise<boolean>;

  /** Ordered by creation. */
  listGroups(courseId: string): MaybePromise<StoredGroup[]>;
  /** The group whose working space is `playbookId`, or null. */
  groupOfPlaybook(playbookId: string): MaybePromise<StoredGroup | null>;
  createGroup(group: StoredGroup): MaybePromise<void>;
  renameGroup(courseId: string, id: string, name: string): MaybePromise<boolean>;
  /** Deletes the group and its memberships. */
  deleteGroup(courseId: string, id: string): MaybePromise<boolean>;
  /** Who is in which group of the course (a person is in one group at most). */
  groupMembers(courseId: string): MaybePromise<StoredGroupMember[]>;
  /**
   * Makes `userIds` exactly the members of the group, atomically: each of them leaves any other group of
   * the course first.
   */
  setGroupMembers(courseId: string, groupId: string, userIds: string[], now: number): MaybePromise<void>;

  close(): MaybePromise<void>;
}
