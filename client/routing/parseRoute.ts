import { isSectionId, type SectionId } from '../../shared/playbook/sectionIds.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';

/** The pages of the app, parsed from the URL path. */
export type Route =
  | { page: 'start' }
  | { page: 'playbook'; playbookId: string }
  | { page: 'invite'; secret: string }
  | { page: 'courses' }
  | { page: 'course'; courseId: string }
  | { page: 'groupRoom'; courseId: string; groupId: string }
  | { page: 'courseLive'; courseId: string }
  | { page: 'courseCompare'; courseId: string; sectionId: SectionId }
  | { page: 'invalidPlaybook' }
  | { page: 'notFound' };

const PLAYBOOK_PREFIX = '/p/';
const INVITE_PREFIX = '/invite/';
const COURSES_PATH = '/forloeb';
const COURSE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GROUP_ROOM = new RegExp(`^/forloeb/(${UUID})/gruppe/(${UUID})/?$`);
// The facilitator's live view and its side-by-side view of one section.
const COURSE_LIVE = new RegExp(`^/forloeb/(${UUID})/overblik/?$`);
const COURSE_COMPARE = new RegExp(`^/forloeb/(${UUID})/sammenlign/([a-z-]+)/?$`);
// Invitation secrets are base64url (43 characters today); anything else cannot be one.
const INVITE_SECRET = /^[A-Za-z0-9_-]{16,128}$/;

/** Maps a URL path to a page. `/p/<id>` with an id the server would refuse becomes `invalidPlaybook`. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  if (pathname === COURSES_PATH || pathname === `${COURSES_PATH}/`) return { page: 'courses' };
  const groupRoom = GROUP_ROOM.exec(pathname);
  if (groupRoom) return { page: 'groupRoom', courseId: groupRoom[1]!, groupId: groupRoom[2]! };
  const live = COURSE_LIVE.exec(pathname);
  if (live) return { page: 'courseLive', courseId: live[1]! };
  const compare = COURSE_COMPARE.exec(pathname);
  if (compare) {
    const sectionId = compare[2];
    return isSectionId(sectionId) ? { page: 'courseCompare', courseId: compare[1]!, sectionId } : { page: 'notFound' };
  }
  if (pathname.startsWith(`${COURSES_PATH}/`)) {
    const courseId = pathname.slice(COURSES_PATH.length + 1).replace(/\/$/, '');
    return COURSE_ID.test(courseId) ? { page: 'course', courseId } : { page: 'notFound' };
  }
  if (pathname.startsWith(INVITE_PREFIX)) {
    const secret = pathname.slice(INVITE_PREFIX.length).replace(/\/$/, '');
    return INVITE_SECRET.test(secret) ? { page: 'invite', secret } : { page: 'notFound' };
  }
  if (!pathname.startsWith(PLAYBOOK_PREFIX)) return { page: 'notFound' };
  let playbookId: string;
  try {
    playbookId = decodeURIComponent(pathname.slice(PLAYBOOK_PREFIX.length).replace(/\/$/, ''));
  } catch {
    // reason: a broken percent escape (`%E0%A4%A`) cannot be a valid id either.
    return { page: 'invalidPlaybook' };
  }
  return isValidRoomName(playbookId) ? { page: 'playbook', playbookId } : { page: 'invalidPlaybook' };
}
