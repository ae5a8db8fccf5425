import { courseOverviewSchema, type CourseOverview } from '../../shared/api/coursesApi.js';
import { addMember, ownerCall, type TestPerson } from './people.js';

/** A course the server's owner facilitates, its groups (by name) and their working spaces. */
export interface TestCourse {
  overview: CourseOverview;
  courseId: string;
  /** The course's target playbook. */
  playbookId: string;
  groups: Record<string, { id: string; playbookId: string }>;
}

/**
 * Creates a course as the owner (its facilitator), makes every person a participant through an invitation
 * to the course playbook (with `role`, default editor), and forms the groups: `{ 'Gruppe 1': [anna, bo] }`.
 * `extra` people join the course without a group.
 */
export async function courseWithGroups(
  httpUrl: string,
  groups: Record<string, TestPerson[]>,
  extra: TestPerson[] = [],
): Promise<TestCourse> {
  const created = await ownerCall(httpUrl, 'POST', '/api/courses', {
    title: 'Aktionslæring på Klippeø',
    templateId: 'standard',
    workshops: [{ title: 'Workshop 1', date: '2099-02-01' }],
  });
  if (created.status !== 201) throw new Error(`course: ${created.status} ${created.text}`);
  let overview = courseOverviewSchema.parse(created.body);
  const courseId = overview.course.id;
  for (const person of [...Object.values(groups).flat(), ...extra]) {
    await addMember(httpUrl, overview.course.playbookId, person, 'editor');
  }
  for (const [name, people] of Object.entries(groups)) {
    const made = await ownerCall(httpUrl, 'POST', `/api/courses/${courseId}/groups`, { name });
    if (made.status !== 201) throw new Error(`group: ${made.status} ${made.text}`);
    const groupId = courseOverviewSchema.parse(made.body).groups.find((g) => g.name === name)!.id;
    const placed = await ownerCall(httpUrl, 'PUT', `/api/courses/${courseId}/groups/${groupId}/members`, {
      userIds: people.map((p) => p.userId),
    });
    if (placed.status !== 200) throw new Error(`members: ${placed.status} ${placed.text}`);
    overview = courseOverviewSchema.parse(placed.body);
  }
  return {
    overview,
    courseId,
    playbookId: overview.course.playbookId,
    groups: Object.fromEntries(overview.groups.map((g) => [g.name, { id: g.id, playbookId: g.playbookId }])),
  };
}
