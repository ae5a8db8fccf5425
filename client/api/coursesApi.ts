import {
  courseListSchema,
  courseOverviewSchema,
  type Course,
  type CourseOverview,
  type CreateCourseBody,
} from '../../shared/api/coursesApi.js';
import { apiRequest } from './apiClient.js';

/** Client calls of the course API (docs/API.md "Courses and groups"); changes answer with the overview. */

const coursePath = (id: string) => `/api/courses/${encodeURIComponent(id)}`;

export async function listCourses(signal?: AbortSignal): Promise<Course[]> {
  const { courses } = await apiRequest('/api/courses', { schema: courseListSchema, signal });
  return courses;
}

export function createCourse(body: CreateCourseBody): Promise<CourseOverview> {
  return apiRequest('/api/courses', { method: 'POST', body, schema: courseOverviewSchema });
}

export function getCourse(id: string, signal?: AbortSignal): Promise<CourseOverview> {
  return apiRequest(coursePath(id), { schema: courseOverviewSchema, signal });
}

export function createGroup(courseId: string, name: string): Promise<CourseOverview> {
  return apiRequest(`${coursePath(courseId)}/groups`, { method: 'POST', body: { name }, schema: courseOverviewSchema });
}

export function setGroupMembers(courseId: string, groupId: string, userIds: string[]): Promise<CourseOverview> {
  return apiRequest(`${coursePath(courseId)}/groups/${encodeURIComponent(groupId)}/members`, {
    method: 'PUT',
    body: { userIds },
    schema: courseOverviewSchema,
  });
}
