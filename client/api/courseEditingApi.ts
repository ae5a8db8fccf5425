import { courseOverviewSchema, type CourseOverview, type WorkshopBody } from '../../shared/api/coursesApi.js';
import type { MixedGroupRule } from '../../shared/api/coursesApi.js';
import { apiRequest } from './apiClient.js';

/**
 * The facilitator's changes to a course after it was created (docs/API.md "Courses and groups"): the
 * course's own facts, its workshops, renaming and deleting groups. Every call answers with the overview.
 */

const coursePath = (id: string) => `/api/courses/${encodeURIComponent(id)}`;
const call = (path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) =>
  apiRequest(path, { method, ...(body === undefined ? {} : { body }), schema: courseOverviewSchema });

export interface CourseFacts {
  title: string;
  goal: string;
  partnerOrganisationIds: string[];
  mixedGroups: MixedGroupRule;
}

export function updateCourse(courseId: string, patch: Partial<CourseFacts>): Promise<CourseOverview> {
  return call(coursePath(courseId), 'PATCH', patch);
}

export function addWorkshop(courseId: string, body: WorkshopBody): Promise<CourseOverview> {
  return call(`${coursePath(courseId)}/workshops`, 'POST', body);
}

export function updateWorkshop(
  courseId: string,
  workshopId: string,
  patch: Partial<WorkshopBody>,
): Promise<CourseOverview> {
  return call(`${coursePath(courseId)}/workshops/${encodeURIComponent(workshopId)}`, 'PATCH', patch);
}

export function deleteWorkshop(courseId: string, workshopId: string): Promise<CourseOverview> {
  return call(`${coursePath(courseId)}/workshops/${encodeURIComponent(workshopId)}`, 'DELETE');
}

export function renameGroup(courseId: string, groupId: string, name: string): Promise<CourseOverview> {
  return call(`${coursePath(courseId)}/groups/${encodeURIComponent(groupId)}`, 'PATCH', { name });
}

export function deleteGroup(courseId: string, groupId: string): Promise<CourseOverview> {
  return call(`${coursePath(courseId)}/groups/${encodeURIComponent(groupId)}`, 'DELETE');
}
