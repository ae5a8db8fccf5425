import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { courseRoomWriters, EMPTY_COURSE_ROOM, phaseOf, readCourseRoom } from '../../../shared/course/courseRoom.js';
import { courseIdOfRoom, courseRoomId, isCourseRoomId } from '../../../shared/course/courseRoomId.js';
import { startTimer } from '../../../shared/course/workshopTimer.js';
import { isValidRoomName } from '../../../shared/protocol/roomName.js';

const COURSE = '6119568b-36dc-446e-8741-16ce46b9ccf2';

describe('the course room document', () => {
  it('reads an empty document as an idle room with nothing set', () => {
    expect(readCourseRoom(new Y.Doc())).toEqual(EMPTY_COURSE_ROOM);
    expect(phaseOf(EMPTY_COURSE_ROOM, 'any-group')).toBe('plan');
  });

  it('reads back what the writers wrote', () => {
    const doc = new Y.Doc();
    courseRoomWriters.timer(doc, startTimer(1_000, 5, 'Runde'));
    courseRoomWriters.prompts(doc, 'hidden');
    courseRoomWriters.message(doc, 'Pause til 10.30');
    courseRoomWriters.follow(doc, { sectionId: 'agenda', userId: 'u1', name: 'Fie' });
    courseRoomWriters.phase(doc, 'g1', 'reflect');
    expect(readCourseRoom(doc)).toEqual({
      timer: { status: 'running', durationMs: 300_000, endsAt: 301_000, remainingMs: null, label: 'Runde' },
      prompts: 'hidden',
      message: 'Pause til 10.30',
      follow: { sectionId: 'agenda', userId: 'u1', name: 'Fie' },
      phases: { g1: 'reflect' },
    });
    courseRoomWriters.follow(doc, null);
    expect(readCourseRoom(doc).follow).toBeNull();
  });

  it('reads each bad field as its default, leaving the good ones', () => {
    const doc = new Y.Doc();
    const room = doc.getMap('room');
    room.set('prompts', 'sometimes');
    room.set('message', 'Ring 010203-1234');
    room.set('followSectionId', 'kapitel-99');
    const phases = doc.getMap('phases');
    phases.set('g1', 'act');
    phases.set('g2', 'dance');
    phases.set('g3', 42);
    const timer = doc.getMap('timer');
    timer.set('status', 'paused');
    timer.set('remainingMs', 90_000);
    timer.set('label', 17);
    timer.set('durationMs', -5);
    expect(readCourseRoom(doc)).toEqual({
      timer: { status: 'paused', durationMs: 0, endsAt: null, remainingMs: 90_000, label: '' },
      prompts: null,
      message: null,
      follow: null,
      phases: { g1: 'act' },
    });
  });

  it('reads a timer whose fields do not fit together as idle', () => {
    const doc = new Y.Doc();
    const timer = doc.getMap('timer');
    timer.set('status', 'running');
    timer.set('endsAt', 'soon');
    expect(readCourseRoom(doc).timer.status).toBe('idle');
    timer.set('status', 'paused');
    expect(readCourseRoom(doc).timer.status).toBe('idle');
  });

  it('names course rooms apart from playbooks', () => {
    const id = courseRoomId(COURSE);
    expect(id).toBe(`forloeb-${COURSE}`);
    expect(isValidRoomName(id)).toBe(true);
    expect(courseIdOfRoom(id)).toBe(COURSE);
    expect(isCourseRoomId('forloeb-x')).toBe(true);
    expect(courseIdOfRoom('forloeb-x')).toBeNull();
    expect(courseIdOfRoom(`forloeb-${COURSE.toUpperCase()}`)).toBeNull();
    expect(isCourseRoomId('drejebog-abcdefghjk')).toBe(false);
    expect(courseIdOfRoom(COURSE)).toBeNull();
  });
});
