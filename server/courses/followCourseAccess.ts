import type { AccessService } from '../access/AccessService.js';
import type { Logger } from '../logger.js';
import type { CourseStore } from './CourseStore.js';

export interface CourseAccessDeps {
  access: AccessService;
  courses: CourseStore;
  now: () => number;
  log?: Pick<Logger, 'error'>;
  onGroupsChanged?: (courseId: string) => void;
}

/**
 * Keeps course groups and working spaces in line with access changes to a course's target playbook:
 * whoever leaves the course (removed from, or leaving, its playbook) leaves its groups and working spaces,
 * and a course facilitator lowered to participant stops facilitating its working spaces.
 */
export function followCourseAccess(deps: CourseAccessDeps): void {
  deps.access.onChange(({ playbookId, subject, effect }) => {
    if (playbookId === null) return;
    const follow =
      effect === 'removed'
        ? leaveCourses(deps, playbookId, subject)
        : effect === 'roleChanged'
          ? followCourseRole(deps, playbookId, subject)
          : null;
    follow?.catch((error: unknown) =>
      deps.log?.error({ err: error, playbookId }, 'could not bring course groups in line with an access change'),
    );
  });
}

/** Removes a group member from a working space; facilitators of the course keep theirs. */
export async function leaveWorkspace(access: AccessService, playbookId: string, userId: string): Promise<void> {
  const role = (await access.rolesOfUser(userId)).get(playbookId);
  if (role && role !== 'facilitator') await access.removeMember(playbookId, userId);
}

/** Takes a person out of every group of the courses whose target playbook is `playbookId`. */
async function leaveCourses(deps: CourseAccessDeps, playbookId: string, userId: string): Promise<void> {
  const { courses } = deps;
  for (const course of await courses.coursesOfPlaybooks([playbookId])) {
    const assignments = await courses.groupMembers(course.id);
    const own = assignments.find((a) => a.userId === userId);
    if (!own) continue;
    const rest = assignments.filter((a) => a.groupId === own.groupId && a.userId !== userId).map((a) => a.userId);
    await courses.setGroupMembers(course.id, own.groupId, rest, deps.now());
    deps.onGroupsChanged?.(course.id);
    const group = (await courses.listGroups(course.id)).find((g) => g.id === own.groupId);
    if (group) await leaveWorkspace(deps.access, group.playbookId, userId);
  }
}

/**
 * After a role change in a course's target playbook: someone who is no longer a facilitator there keeps
 * no facilitator role in the course's working spaces — an editor in their own group's, nothing in the
 * others'. (Becoming facilitator is followed when they next open the course, see CourseService.overview.)
 * The course's remaining facilitators are made facilitators of each working space first, so none is left
 * without one.
 */
async function followCourseRole(deps: CourseAccessDeps, playbookId: string, userId: string): Promise<void> {
  const { access, courses } = deps;
  const roles = await access.rolesOfUser(userId);
  const role = roles.get(playbookId);
  if (role === undefined || role === 'facilitator') return;
  for (const course of await courses.coursesOfPlaybooks([playbookId])) {
    const ownGroups = new Set(
      (await courses.groupMembers(course.id)).filter((a) => a.userId === userId).map((a) => a.groupId),
    );
    const facilitators = (await access.members(playbookId, false)).filter((m) => m.role === 'facilitator');
    for (const group of await courses.listGroups(course.id)) {
      if (roles.get(group.playbookId) !== 'facilitator') continue;
      for (const other of facilitators) await access.grantRole(group.playbookId, other.userId, 'facilitator');
      if (ownGroups.has(group.id)) await access.changeRole(group.playbookId, userId, 'editor');
      else await access.removeMember(group.playbookId, userId);
    }
  }
}
