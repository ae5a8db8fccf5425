import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  acquireCourseRoom,
  peekCourseRoom,
  releaseCourseRoom,
  subscribeCourseRooms,
  type CourseRoomConnection,
  type CourseRoomSnapshot,
} from './CourseRoomConnection.js';

const noSubscription = (): (() => void) => () => {};
const noSnapshot = (): null => null;

/**
 * Follows a course's live workshop room while the calling component is mounted (null: no course): its
 * state, the connection, and the server clock offset. Components on one page share one socket.
 */
export function useCourseRoom(courseId: string | null): {
  room: CourseRoomConnection | null;
  snapshot: CourseRoomSnapshot | null;
} {
  useEffect(() => {
    if (!courseId) return;
    const acquired = acquireCourseRoom(courseId);
    return () => releaseCourseRoom(acquired);
  }, [courseId]);
  const peek = useCallback(() => (courseId ? peekCourseRoom(courseId) : null), [courseId]);
  const room = useSyncExternalStore(subscribeCourseRooms, peek);
  const snapshot = useSyncExternalStore(room?.subscribe ?? noSubscription, room?.getSnapshot ?? noSnapshot);
  return { room, snapshot };
}
