import crypto from 'node:crypto';
import * as Y from 'yjs';
import {
  isMixedGroup,
  type Course,
  type CourseOverview,
  type CoursePerson,
  type Group,
  type Workshop,
} from '../../shared/api/coursesApi.js';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import { sectionFragment } from '../../shared/playbook/sectionFragment.js';
import { SECTION_IDS } from '../../shared/playbook/sectionIds.js';
import { HttpError } from '../http/HttpError.js';
import type { IdentityStore, Organisation } from '../identity/IdentityStore.js';
import type { Logger } from '../logger.js';
import { createPlaybook, type CreatePlaybookDeps } from '../playbooks/createPlaybook.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { CourseStore, StoredCourse, StoredGroup, StoredWorkshop } from './CourseStore.js';
import { followCourseAccess, leaveWorkspace } from './followCourseAccess.js';

const iso = (ms: number) => new Date(ms).toISOString();

export const courseNotFound = () => HttpError.notFound('No course has this id.');
export const workshopNotFound = () => new HttpError(404, 'workshop_not_found', 'The course has no such workshop.');
export const groupNotFound = () => new HttpError(404, 'group_not_found', 'The course has no such group.');

export interface CourseServiceDeps extends CreatePlaybookDeps {
  courses: CourseStore;
  identity: IdentityStore;
  now?: () => number;
  /** Where a failed clean-up after someone left a course is reported. */
  log?: Pick<Logger, 'error'>;
  /** A course's groups or their members changed (the live view shows them at once). */
  onGroupsChanged?: (courseId: string) => void;
  /** A group was deleted: what the course keeps about it elsewhere (its phase in the course room) goes. */
  onGroupDeleted?: (courseId: string, groupId: string) => Promise<void>;
}

/** The plain text of a rich-text fragment (the same walk as the client's fragmentText). */
function fragmentHasText(node: unknown): boolean {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert?: unknown }>).some(
      (op) => typeof op.insert === 'string' && op.insert.trim() !== '',
    );
  }
  if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) return node.toArray().some(fragmentHasText);
  return false;
}

/** Sections whose rich text holds any words (cheap: the structured parts are not counted). */
function filledSections(doc: Y.Doc): number {
  return SECTION_IDS.filter((id) => fragmentHasText(sectionFragment(doc, id))).length;
}

/**
 * The rules of courses over the course, access and identity stores. Participants are the members of the
 * target playbook and its facilitators the course's facilitators, so invitations, roles and removals are the
 * playbook's own. Each group's working space is a playbook: members are editors there, the course's
 * facilitators facilitators; leaving a group removes the person from its playbook (their sockets close).
 * Callers check roles first (HTTP routes: `requireRole` on the target playbook).
 */
export class CourseService {
  private readonly now: () => number;

  constructor(private readonly deps: CourseServiceDeps) {
    this.now = deps.now ?? Date.now;
    followCourseAccess({ ...deps, now: this.now });
  }

  async get(id: string): Promise<StoredCourse | null> {
    return this.deps.courses.getCourse(id);
  }

  /** The courses in which the person is a participant or facilitator, with their role. */
  async listFor(userId: string): Promise<Course[]> {
    const roles = await this.deps.access.rolesOfUser(userId);
    const courses = await this.deps.courses.coursesOfPlaybooks([...roles.keys()]);
    return Promise.all(courses.map((course) => this.describe(course, roles.get(course.playbookId)!)));
  }

  async describe(course: StoredCourse, role: PlaybookRole): Promise<Course> {
    return {
      id: course.id,
      title: course.title,
      goal: course.goal,
      partnerOrganisations: await this.organisations(course.partnerOrganisationIds),
      mixedGroups: course.mixedGroups,
      playbookId: course.playbookId,
      createdAt: iso(course.createdAt),
      role,
    };
  }

  private async organisations(ids: string[]): Promise<Organisation[]> {
    const found: Organisation[] = [];
    for (const id of ids) {
      const organisation = await this.deps.identity.getOrganisation(id);
      if (organisation) found.push(organisation);
    }
    return found;
  }

  /** 400 `unknown_organisation` unless every id names an organisation. */
  async checkOrganisations(ids: string[]): Promise<void> {
    const found = await this.organisations(ids);
    if (found.length !== new Set(ids).size) {
      throw new HttpError(400, 'unknown_organisation', 'A partner organisation id names no organisation.', [
        'partnerOrganisationIds: unknown organisation',
      ]);
    }
  }

  /** Creates the course and its target playbook (from `templateId`); the creator facilitates both. */
  async create(
    input: {
      title: string;
      goal: string;
      partnerOrganisationIds: string[];
      mixedGroups: StoredCourse['mixedGroups'];
      templateId: string | null;
      workshops: Array<
        Omit<StoredWorkshop, 'id' | 'courseId' | 'place' | 'notes'> & { place?: string; notes?: string }
      >;
    },
    creatorId: string,
  ): Promise<StoredCourse> {
    const partnerOrganisationIds = [...new Set(input.partnerOrganisationIds)];
    await this.checkOrganisations(partnerOrganisationIds);
    const playbook = await createPlaybook(this.deps, {
      templateId: input.templateId,
      title: input.title,
      creatorId,
    });
    const course: StoredCourse = {
      id: crypto.randomUUID(),
      title: input.title,
      goal: input.goal,
      partnerOrganisationIds,
      mixedGroups: input.mixedGroups,
      playbookId: playbook.id,
      createdBy: creatorId,
      createdAt: this.now(),
    };
    const workshops = input.workshops.map((w) => ({
      id: crypto.randomUUID(),
      courseId: course.id,
      title: w.title,
      date: w.date,
      place: w.place ?? '',
      notes: w.notes ?? '',
    }));
    await this.deps.courses.createCourse(course, workshops);
    return course;
  }

  /**
   * The course as `viewer` sees it. A facilitator of the course who is not yet facilitator of a group's
   * working space (made facilitator after the group was formed) becomes one here, so "open the working
   * space" always works for them.
   */
  async overview(course: StoredCourse, role: PlaybookRole, viewerId?: string): Promise<CourseOverview> {
    if (role === 'facilitator' && viewerId) {
      for (const group of await this.deps.courses.listGroups(course.id)) {
        await this.deps.access.grantRole(group.playbookId, viewerId, 'facilitator');
      }
    }
    const workshops: Workshop[] = (await this.deps.courses.listWorkshops(course.id)).map(
      ({ id, title, date, place, notes }) => ({ id, title, date, place, notes }),
    );
    const today = new Date(this.now()).toISOString().slice(0, 10);
    const members = await this.deps.access.members(course.playbookId, false);
    const people = new Map<string, CoursePerson>(
      members.map((m) => [m.userId, { userId: m.userId, displayName: m.displayName, organisation: m.organisation }]),
    );
    const assignments = await this.deps.courses.groupMembers(course.id);
    const groupOf = new Map(assignments.map((a) => [a.userId, a.groupId]));
    const groups: Group[] = [];
    for (const group of await this.deps.courses.listGroups(course.id)) {
      // People who left the course (no longer members of its playbook) are not shown in its groups.
      const inGroup = assignments
        .filter((a) => a.groupId === group.id)
        .flatMap((a) => (people.has(a.userId) ? [people.get(a.userId)!] : []));
      const doc = await readPlaybookDoc(this.deps.store, group.playbookId);
      try {
        groups.push({
          id: group.id,
          name: group.name,
          playbookId: group.playbookId,
          members: inGroup,
          mixed: isMixedGroup(inGroup.map((p) => p.organisation.kind)),
          filledSections: filledSections(doc),
          totalSections: SECTION_IDS.length,
        });
      } finally {
        doc.destroy();
      }
    }
    return {
      course: await this.describe(course, role),
      workshops,
      nextWorkshop: workshops.find((w) => w.date >= today) ?? null,
      groups,
      participants: members.map((m) => ({
        userId: m.userId,
        displayName: m.displayName,
        organisation: m.organisation,
        role: m.role,
        groupId: groupOf.get(m.userId) ?? null,
      })),
    };
  }

  async update(course: StoredCourse, patch: Parameters<CourseStore['updateCourse']>[1]): Promise<StoredCourse> {
    if (patch.partnerOrganisationIds) {
      patch = { ...patch, partnerOrganisationIds: [...new Set(patch.partnerOrganisationIds)] };
      await this.checkOrganisations(patch.partnerOrganisationIds!);
    }
    await this.deps.courses.updateCourse(course.id, patch);
    return (await this.deps.courses.getCourse(course.id)) ?? course;
  }

  async addWorkshop(course: StoredCourse, input: Omit<StoredWorkshop, 'id' | 'courseId'>): Promise<void> {
    await this.deps.courses.createWorkshop({ ...input, id: crypto.randomUUID(), courseId: course.id });
  }

  async updateWorkshop(course: StoredCourse, id: string, patch: Partial<StoredWorkshop>): Promise<void> {
    if (!(await this.deps.courses.updateWorkshop(course.id, id, patch))) throw workshopNotFound();
  }

  async deleteWorkshop(course: StoredCourse, id: string): Promise<void> {
    if (!(await this.deps.courses.deleteWorkshop(course.id, id))) throw workshopNotFound();
  }

  private async findGroup(course: StoredCourse, id: string): Promise<StoredGroup> {
    const group = (await this.deps.courses.listGroups(course.id)).find((g) => g.id === id);
    if (!group) throw groupNotFound();
    return group;
  }

  /** A new, empty group with a blank working space; the course's facilitators facilitate it. */
  async addGroup(course: StoredCourse, name: string, creatorId: string): Promise<StoredGroup> {
    const playbook = await createPlaybook(this.deps, {
      templateId: null,
      title: `${course.title} – ${name}`,
      creatorId,
    });
    for (const member of await this.deps.access.members(course.playbookId, false)) {
      if (member.role === 'facilitator') await this.deps.access.grantRole(playbook.id, member.userId, 'facilitator');
    }
    const group: StoredGroup = {
      id: crypto.randomUUID(),
      courseId: course.id,
      name,
      playbookId: playbook.id,
      createdAt: this.now(),
    };
    await this.deps.courses.createGroup(group);
    this.deps.onGroupsChanged?.(course.id);
    return group;
  }

  async renameGroup(course: StoredCourse, id: string, name: string): Promise<void> {
    if (!(await this.deps.courses.renameGroup(course.id, id, name))) throw groupNotFound();
    this.deps.onGroupsChanged?.(course.id);
  }

  /**
   * Deletes a group: its members leave its working space (their sockets close); the working space itself
   * stays for the facilitators (its text may still be wanted).
   */
  async deleteGroup(course: StoredCourse, id: string): Promise<void> {
    const group = await this.findGroup(course, id);
    const members = (await this.deps.courses.groupMembers(course.id)).filter((a) => a.groupId === id);
    await this.deps.courses.deleteGroup(course.id, id);
    this.deps.onGroupsChanged?.(course.id);
    for (const member of members) await leaveWorkspace(this.deps.access, group.playbookId, member.userId);
    await this.deps
      .onGroupDeleted?.(course.id, id)
      .catch((error: unknown) =>
        this.deps.log?.error(
          { err: error, courseId: course.id },
          'could not clear a deleted group from the course room',
        ),
      );
  }

  /**
   * Makes `userIds` exactly the group's members; people come from other groups of the course (moved) and
   * must be participants. With `mixedGroups: 'refuse'`, a change that leaves any group of two or more people
   * without both a kommune and an a-kasse is refused (409 `group_not_mixed`); a group of one is still forming.
   */
  async setMembers(course: StoredCourse, groupId: string, requested: string[]): Promise<void> {
    const group = await this.findGroup(course, groupId);
    const userIds = [...new Set(requested)];
    const participants = new Map((await this.deps.access.members(course.playbookId, false)).map((m) => [m.userId, m]));
    const strangers = userIds.filter((id) => !participants.has(id));
    if (strangers.length > 0) {
      throw new HttpError(400, 'not_a_participant', 'Only participants of the course can be in its groups.', [
        `userIds: ${strangers.length} of them are not participants`,
      ]);
    }
    const before = await this.deps.courses.groupMembers(course.id);
    const after = before.filter((a) => a.groupId !== groupId && !userIds.includes(a.userId));
    after.push(...userIds.map((userId) => ({ groupId, userId })));

    if (course.mixedGroups === 'refuse') {
      const touched = new Set([groupId, ...before.filter((a) => userIds.includes(a.userId)).map((a) => a.groupId)]);
      for (const id of touched) {
        const kinds = after
          .filter((a) => a.groupId === id && participants.has(a.userId))
          .map((a) => participants.get(a.userId)!.organisation.kind);
        if (kinds.length >= 2 && !isMixedGroup(kinds)) {
          throw new HttpError(
            409,
            'group_not_mixed',
            'This course requires mixed groups: each group needs people from both a jobcenter (kommune) and an a-kasse.',
          );
        }
      }
    }

    await this.deps.courses.setGroupMembers(course.id, groupId, userIds, this.now());
    this.deps.onGroupsChanged?.(course.id);
    const groups = new Map((await this.deps.courses.listGroups(course.id)).map((g) => [g.id, g]));
    // Left a group (taken out, or moved elsewhere): out of its working space at once.
    for (const old of before) {
      const stays = after.some((a) => a.groupId === old.groupId && a.userId === old.userId);
      const playbook = groups.get(old.groupId)?.playbookId;
      if (!stays && playbook) await leaveWorkspace(this.deps.access, playbook, old.userId);
    }
    for (const userId of userIds) await this.deps.access.grantRole(group.playbookId, userId, 'editor');
  }
}
