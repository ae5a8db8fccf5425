import {
  mergeResultSchema,
  sectionComparisonSchema,
  type MergeBody,
  type MergeResult,
  type RestoreBody,
  type SectionComparison,
} from '../../shared/api/liveViewApi.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { apiRequest } from './apiClient.js';

/** Client calls of the live view and merge (docs/API.md "Live view and merge"); facilitators only. */

const coursePath = (id: string) => `/api/courses/${encodeURIComponent(id)}`;

/** The server-sent event stream of the live view (EventSource reconnects to it by itself). */
export const liveStreamPath = (courseId: string) => `${coursePath(courseId)}/live`;
/** The same snapshot once; read after the stream was refused, to learn why. */
export const liveSnapshotPath = (courseId: string) => `${coursePath(courseId)}/live.json`;

export function getComparison(
  courseId: string,
  sectionId: SectionId,
  signal?: AbortSignal,
): Promise<SectionComparison> {
  return apiRequest(`${coursePath(courseId)}/sections/${encodeURIComponent(sectionId)}`, {
    schema: sectionComparisonSchema,
    signal,
  });
}

export function mergeIntoCourse(courseId: string, body: MergeBody): Promise<MergeResult> {
  return apiRequest(`${coursePath(courseId)}/merge`, { method: 'POST', body, schema: mergeResultSchema });
}

export function restoreSection(courseId: string, body: RestoreBody): Promise<MergeResult> {
  return apiRequest(`${coursePath(courseId)}/merge/restore`, { method: 'POST', body, schema: mergeResultSchema });
}
