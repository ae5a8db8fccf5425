import { isValidRoomName } from '../protocol/roomName.js';

/**
 * A course's live workshop room is a collaboration room of its own, `forloeb-<courseId>` (a valid room
 * name; playbook ids start with `drejebog-`, so the two never clash). Only the server writes to it.
 */
export const COURSE_ROOM_PREFIX = 'forloeb-';

const COURSE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The room id of a course's workshop room. */
export function courseRoomId(courseId: string): string {
  return `${COURSE_ROOM_PREFIX}${courseId}`;
}

/** True for every room id in the course rooms' name space (valid or not): such ids are never playbooks. */
export function isCourseRoomId(roomId: string): boolean {
  return roomId.startsWith(COURSE_ROOM_PREFIX);
}

/** The course id in a well-formed course room id (`forloeb-<uuid>`, lower case), or null. */
export function courseIdOfRoom(roomId: string): string | null {
  if (!isCourseRoomId(roomId) || !isValidRoomName(roomId)) return null;
  const courseId = roomId.slice(COURSE_ROOM_PREFIX.length);
  return COURSE_ID.test(courseId) ? courseId : null;
}
