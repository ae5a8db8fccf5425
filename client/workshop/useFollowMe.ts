import { useCallback, useEffect, useRef, useState } from 'react';
import type { Follow } from '../../shared/course/courseRoom.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { setFollow } from '../api/workshopRoomApi.js';
import { sectionElementId } from '../sections/useSectionTexts.js';
import { scrollToSection } from '../workspace/scrollToSection.js';
import type { CourseRoomConnection } from './CourseRoomConnection.js';
import type { FollowView } from './WorkshopBar.js';

/** The leader's page sends where it is at most this often while they move through the playbook. */
const SEND_DELAY_MS = 400;
/** A move of the view this soon after the person touched the wheel, keys, screen or pointer is theirs. */
const INTENT_WINDOW_MS = 1_500;
/** Keys that move the view even while typing. */
const SCROLL_KEYS = ['PageUp', 'PageDown'];

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/**
 * Brings a follower's view to the section the facilitator is on: section ids are the same in every playbook,
 * so it works whether they are in the course playbook or a group's working space. It scrolls there whenever
 * the facilitator moves; once the person scrolls or navigates elsewhere themselves they stop following
 * (the bar says so) until they choose "Følg igen". The leading facilitator's page sends where they are.
 */
export function useFollowMe(options: {
  courseId: string | null;
  room: CourseRoomConnection | null;
  follow: Follow | null;
  facilitator: boolean;
  userId: string;
  /** The section this page shows now (null before the sections are rendered). */
  reading: SectionId | null;
  /** Changes when the sections' heights change for everyone (prompts shown or hidden): followers are brought back. */
  layout?: unknown;
}): FollowView | null {
  const { courseId, room, follow, facilitator, userId, reading, layout } = options;
  const leading = follow !== null && follow.userId === userId;
  const target = follow && !leading ? follow.sectionId : null;
  // Whether this person stopped following; a new "follow me" (after off, or by someone else) brings everyone again.
  const session = follow ? follow.userId : null;
  const [left, setLeft] = useState(false);
  const [leftSession, setLeftSession] = useState(session);
  if (leftSession !== session) {
    setLeftSession(session);
    setLeft(false);
  }
  const following = session !== null && !left;
  const ready = reading !== null;
  // When we last moved the view, and when the person last did something that moves it: the view moving
  // away after their own action (not only after ours) means they went elsewhere.
  const broughtAt = useRef(0);
  const lastIntent = useRef(0);

  const bring = useCallback((sectionId: SectionId) => {
    broughtAt.current = Date.now();
    // Someone typing keeps their caret: only the view moves (scrollToSection would move the focus too).
    if (isEditable(document.activeElement)) {
      document.getElementById(sectionElementId(sectionId))?.scrollIntoView({ block: 'start' });
    } else {
      scrollToSection(sectionId);
    }
  }, []);

  // What the person does themselves: the wheel, touch, a click (a link in the section list), keys that
  // scroll (typing in an editor does not count).
  useEffect(() => {
    const mark = (event: Event) => {
      if (event instanceof KeyboardEvent && isEditable(event.target) && !SCROLL_KEYS.includes(event.key)) return;
      lastIntent.current = Date.now();
    };
    const events = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    for (const name of events) window.addEventListener(name, mark, { passive: true, capture: true });
    return () => {
      for (const name of events) window.removeEventListener(name, mark, { capture: true });
    };
  }, []);

  // Following: go where the leader goes (once this page's sections are there, and again after the layout
  // changed under everyone's feet).
  useEffect(() => {
    if (target && following && ready) bring(target);
  }, [target, following, ready, bring, layout]);

  // Moved away on their own: stop following.
  useEffect(() => {
    if (!target || !following || reading === null || reading === target) return;
    const intent = lastIntent.current;
    if (intent <= broughtAt.current || Date.now() - intent > INTENT_WINDOW_MS) return;
    setLeft(true);
  }, [reading, target, following]);

  // Leading: send where this page is, once it has settled.
  const sent = follow?.sectionId ?? null;
  useEffect(() => {
    if (!leading || !courseId || reading === null || reading === sent) return;
    const timer = window.setTimeout(() => {
      setFollow(courseId, { sectionId: reading }).then(
        (answer) => room?.noteAnswer(answer),
        () => {
          // Offline: the next move (or reconnect) sends again; the bar shows the connection.
        },
      );
    }, SEND_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [leading, courseId, reading, sent, room]);

  // Following again brings the page to the leader's section (the effect above).
  const onRejoin = useCallback(() => setLeft(false), []);

  const onToggleLead = useCallback(() => {
    if (!courseId) return;
    const sectionId = leading ? null : reading;
    setFollow(courseId, { sectionId }).then(
      (answer) => room?.noteAnswer(answer),
      () => {
        // Offline or refused: the button stays as it was, and the bar shows the connection.
      },
    );
  }, [courseId, leading, reading, room]);

  if (!courseId) return null;
  return { leading, following, onRejoin, onToggleLead: facilitator ? onToggleLead : null };
}
