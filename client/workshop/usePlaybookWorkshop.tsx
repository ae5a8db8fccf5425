import { useEffect, useState, type ReactNode } from 'react';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { PlaybookCourse } from '../../shared/api/workshopRoomApi.js';
import type { PromptsOverride } from '../../shared/course/courseRoom.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { getPlaybookCourse } from '../api/workshopRoomApi.js';
import { useAccount } from '../auth/AccountContext.js';
import { useCourseRoom } from './useCourseRoom.js';
import { useFollowMe } from './useFollowMe.js';
import { WorkshopBar } from './WorkshopBar.js';

/**
 * The workshop room inside a playbook that belongs to a course (its target playbook or a group's working
 * space): the bar to show, and the course's choice for the discussion questions (null: the playbook's own).
 * `reading` is the section the page shows now; `role` the viewer's role in this playbook as the server last
 * confirmed it (a change, e.g. made facilitator, asks for the course again, so the controls follow at once).
 * In a playbook of no course both are empty.
 */
export function usePlaybookWorkshop(
  playbookId: string,
  reading: SectionId | null,
  role: PlaybookRole | null,
): { bar: ReactNode; prompts: PromptsOverride } {
  const { me } = useAccount();
  const course = usePlaybookCourse(playbookId, role);
  const { room, snapshot } = useCourseRoom(course?.courseId ?? null);
  const facilitator = course?.role === 'facilitator';
  const follow = useFollowMe({
    courseId: course?.courseId ?? null,
    room,
    follow: snapshot?.state.follow ?? null,
    facilitator,
    userId: me.user.id,
    reading,
    layout: snapshot?.state.prompts,
  });
  if (!course) return { bar: null, prompts: null };
  return {
    bar: (
      <WorkshopBar
        courseId={course.courseId}
        facilitator={facilitator}
        groupId={course.groupId ?? course.ownGroupId}
        follow={follow}
      />
    ),
    prompts: snapshot?.state.prompts ?? null,
  };
}

/**
 * The course of the playbook, asked once per page, again when the viewer's role changes, and again when the
 * browser comes back online.
 */
function usePlaybookCourse(playbookId: string, role: PlaybookRole | null): PlaybookCourse | null {
  const [found, setFound] = useState<{ playbookId: string; course: PlaybookCourse | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    getPlaybookCourse(playbookId, controller.signal).then(
      (course) => setFound({ playbookId, course }),
      () => {
        // Offline (or the page is leaving): ask again when the browser is back online.
      },
    );
    const retry = () => setAttempt((n) => n + 1);
    window.addEventListener('online', retry);
    return () => {
      controller.abort();
      window.removeEventListener('online', retry);
    };
  }, [playbookId, attempt, role]);
  return found?.playbookId === playbookId ? found.course : null;
}
