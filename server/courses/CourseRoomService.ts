import type * as Y from 'yjs';
import { courseRoomWriters, readCourseRoom, type CourseRoomState } from '../../shared/course/courseRoom.js';
import { courseRoomId } from '../../shared/course/courseRoomId.js';
import { applyTimerAction, type TimerAction, type TimerRefusal } from '../../shared/course/workshopTimer.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import { HttpError } from '../http/HttpError.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { CourseStore, StoredCourse, StoredGroup } from './CourseStore.js';

const TIMER_REFUSALS: Record<TimerRefusal, string> = {
  not_running: 'The timer is not running.',
  not_paused: 'The timer is not paused.',
  not_started: 'Start the timer before extending it.',
  too_long: 'A timer runs for at most 180 minutes.',
};

/**
 * The live workshop room of each course (shared/course/courseRoom.ts): the server is its only writer. Each
 * change goes through the room (`changeFromServer`), so it is stored, then relayed to everyone following,
 * like an editor's change to a playbook; reading goes to storage, which is always current. Callers check
 * who may act first (server/http/workshopRoomRouter.ts).
 */
export class CourseRoomService {
  /** The server's clock: timers end at a time on it, and answers carry it as `serverNow`. */
  readonly now: () => number;

  constructor(
    private readonly deps: {
      courses: CourseStore;
      registry: Pick<RoomRegistry, 'changeFromServer'>;
      store: DocumentStore;
      now?: () => number;
    },
  ) {
    this.now = deps.now ?? Date.now;
  }

  async read(courseId: string): Promise<CourseRoomState> {
    const doc = await readPlaybookDoc(this.deps.store, courseRoomId(courseId));
    try {
      return readCourseRoom(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Runs `mutate` on the room's document as one server change; resolves with the room after it. */
  async change(courseId: string, mutate: (doc: Y.Doc) => void): Promise<CourseRoomState> {
    let after: CourseRoomState | null = null;
    await this.deps.registry.changeFromServer(courseRoomId(courseId), (doc) => {
      mutate(doc);
      after = readCourseRoom(doc);
    });
    // reason: changeFromServer resolves only after running `mutate`, which set `after`.
    return after!;
  }

  /** Applies a timer action at the server's time; `409 timer_<reason>` when it does not apply. */
  async timer(courseId: string, action: TimerAction): Promise<CourseRoomState> {
    const outcome: { refusal: TimerRefusal | null } = { refusal: null };
    const state = await this.change(courseId, (doc) => {
      const result = applyTimerAction(readCourseRoom(doc).timer, action, this.now());
      if (result.ok) courseRoomWriters.timer(doc, result.timer);
      else outcome.refusal = result.reason;
    });
    const { refusal } = outcome;
    if (refusal !== null) throw new HttpError(409, `timer_${refusal}`, TIMER_REFUSALS[refusal]);
    return state;
  }

  /**
   * The course a playbook belongs to, as its target playbook or as a group's working space (with the group);
   * null when it is in no course.
   */
  async courseOfPlaybook(playbookId: string): Promise<{ course: StoredCourse; group: StoredGroup | null } | null> {
    const [target] = await this.deps.courses.coursesOfPlaybooks([playbookId]);
    if (target) return { course: target, group: null };
    const group = await this.deps.courses.groupOfPlaybook(playbookId);
    const course = group ? await this.deps.courses.getCourse(group.courseId) : null;
    return course && group ? { course, group } : null;
  }

  /** The group of the course `userId` is in, or null. */
  async groupOf(courseId: string, userId: string): Promise<string | null> {
    const found = (await this.deps.courses.groupMembers(courseId)).find((member) => member.userId === userId);
    return found?.groupId ?? null;
  }

  async hasGroup(courseId: string, groupId: string): Promise<boolean> {
    return (await this.deps.courses.listGroups(courseId)).some((group) => group.id === groupId);
  }
}
