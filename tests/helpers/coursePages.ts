import { courseOverviewSchema } from '../../shared/api/coursesApi.js';
import { addMember, ownerCall, personNamed, type TestPerson } from './people.js';

export interface CoursePages {
  courseId: string;
  /** The course's target playbook. */
  playbookId: string;
  group: { id: string; playbookId: string };
  /** The participant in the group. */
  participant: TestPerson;
  /** Every kind of page, by a short name, with its path: what page-wide checks walk through. */
  pages: Array<[string, string]>;
}

/**
 * A course by the owner with one workshop, one group ("Gruppe Nord") holding one participant, and the
 * paths of every kind of page the app has for it (list, editor, reader, card, courses, course, group room,
 * live view, compare).
 */
export async function coursePages(
  url: string,
  options: { title: string; participantName: string },
): Promise<CoursePages> {
  const created = await ownerCall(url, 'POST', '/api/courses', {
    title: options.title,
    templateId: 'standard',
    workshops: [{ title: 'Første workshop om dagsordenen', date: '2099-02-01', place: 'Rønne' }],
  });
  if (created.status !== 201) throw new Error(`course: ${created.status} ${created.text}`);
  const { course } = courseOverviewSchema.parse(created.body);
  const participant = await personNamed(url, options.participantName, 'jobcenter');
  await addMember(url, course.playbookId, participant, 'editor');
  const group = courseOverviewSchema.parse(
    (await ownerCall(url, 'POST', `/api/courses/${course.id}/groups`, { name: 'Gruppe Nord' })).body,
  ).groups[0]!;
  await ownerCall(url, 'PUT', `/api/courses/${course.id}/groups/${group.id}/members`, {
    userIds: [participant.userId],
  });
  return {
    courseId: course.id,
    playbookId: course.playbookId,
    group: { id: group.id, playbookId: group.playbookId },
    participant,
    pages: [
      ['list', '/'],
      ['editor', `/p/${course.playbookId}`],
      ['reader', `/p/${course.playbookId}/laes`],
      ['card', `/p/${course.playbookId}/kort`],
      ['courses', '/forloeb'],
      ['course', `/forloeb/${course.id}`],
      ['group-room', `/forloeb/${course.id}/gruppe/${group.id}`],
      ['live-view', `/forloeb/${course.id}/overblik`],
      ['compare', `/forloeb/${course.id}/sammenlign/purpose`],
    ],
  };
}
