import { courseIdOfRoom, courseRoomId, isCourseRoomId } from '../../shared/course/courseRoomId.js';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { AccessService } from '../access/AccessService.js';
import { presenceIdentity } from '../access/presenceIdentity.js';
import type { CallerResolver } from '../access/resolveCaller.js';
import type { Authorize, Principal } from '../collab/authorize.js';
import type { CollabServer } from '../collab/collabServer.js';
import type { IdentityStore } from '../identity/IdentityStore.js';
import type { Logger } from '../logger.js';
import type { CourseStore } from './CourseStore.js';

/**
 * The websocket authorisation of course rooms (`/collab/forloeb-<courseId>`): everyone with a role in the
 * course's target playbook may follow the room, and nobody may write to it, facilitators included
 * (`canWrite: false`: the server refuses every client update). Facilitators change the room over HTTP
 * (server/http/workshopRoomRouter.ts). Without credentials 4401; an unknown course, a malformed id and a
 * course the caller is not in all close with 4404, as for playbooks.
 */
export function authorizeCourseRoom(deps: {
  resolveCaller: CallerResolver;
  access: AccessService;
  identity: IdentityStore;
  courses: CourseStore;
}): Authorize {
  return async (request, roomId) => {
    const resolved = await deps.resolveCaller(request, { queryToken: true });
    if (!resolved) return { ok: false, close: CloseCodes.unauthorized };
    const { caller } = resolved;
    const courseId = courseIdOfRoom(roomId);
    const course = courseId ? await deps.courses.getCourse(courseId) : null;
    const role = course ? await deps.access.roleOf(caller, course.playbookId) : null;
    if (!role) return { ok: false, close: CloseCodes.invalidRoom };
    let principal: Principal;
    if (caller.kind === 'user') {
      const organisation = await deps.identity.getOrganisation(caller.user.organisationId);
      principal = {
        kind: 'user',
        canWrite: false,
        subject: caller.user.id,
        ...(organisation ? { identity: presenceIdentity(caller.user.displayName, organisation) } : {}),
      };
    } else {
      principal = {
        kind: 'token',
        canWrite: false,
        subject: caller.token.id,
        identity: { name: caller.token.label, organisation: 'anden', organisationName: 'API' },
      };
    }
    return { ok: true, principal };
  };
}

/** Sends course room ids (`forloeb-…`) to `courseRooms` and every other room to `playbooks`. */
export function withCourseRooms(courseRooms: Authorize, playbooks: Authorize): Authorize {
  return (request, roomId) => (isCourseRoomId(roomId) ? courseRooms(request, roomId) : playbooks(request, roomId));
}

/**
 * Whoever is removed from a course's target playbook (or leaves it) loses their sockets to its course room at
 * once (4403), as to the playbook itself. Sign-outs and deleted accounts already close every room
 * (`playbookId: null`); a changed role needs nothing, since the room is read-only for every role.
 */
export function closeCourseRoomsOnRemoval(
  access: AccessService,
  courses: Pick<CourseStore, 'coursesOfPlaybooks'>,
  collab: Pick<CollabServer, 'dropSubject'>,
  log: Pick<Logger, 'error'>,
): void {
  access.onChange((change) => {
    const { playbookId, subject, effect } = change;
    if (playbookId === null || effect !== 'removed') return;
    Promise.resolve(courses.coursesOfPlaybooks([playbookId]))
      .then((found) => {
        for (const course of found) collab.dropSubject(subject, courseRoomId(course.id), effect);
      })
      .catch((error: unknown) => log.error({ err: error }, 'could not close course room connections'));
  });
}
