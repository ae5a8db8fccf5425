import { z } from 'zod';
import {
  logbookEntrySchema,
  logbookListSchema,
  type CreateLogbookEntryBody,
  type LogbookEntry,
  type UpdateLogbookEntryBody,
} from '../../shared/api/logbookApi.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { apiRequest } from './apiClient.js';

/** Client calls of the logbook API (docs/API.md "Logbook and action cards"). */

const logbookPath = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/logbook`;
const entryPath = (courseId: string, entryId: string) => `${logbookPath(courseId)}/${encodeURIComponent(entryId)}`;

/** The signed-in person's own entries in the course, newest first. */
export async function listOwnEntries(courseId: string, signal?: AbortSignal): Promise<LogbookEntry[]> {
  const { entries } = await apiRequest(logbookPath(courseId), { schema: logbookListSchema, signal });
  return entries;
}

/** The shared entries of a group (its members and the course's facilitators only). */
export async function listGroupEntries(courseId: string, groupId: string, signal?: AbortSignal) {
  const path = `/api/courses/${encodeURIComponent(courseId)}/groups/${encodeURIComponent(groupId)}/logbook`;
  const { entries } = await apiRequest(path, { schema: logbookListSchema, signal });
  return entries;
}

export function createEntry(courseId: string, body: CreateLogbookEntryBody): Promise<LogbookEntry> {
  return apiRequest(logbookPath(courseId), { method: 'POST', body, schema: logbookEntrySchema });
}

export function updateEntry(courseId: string, entryId: string, body: UpdateLogbookEntryBody): Promise<LogbookEntry> {
  return apiRequest(entryPath(courseId, entryId), { method: 'PATCH', body, schema: logbookEntrySchema });
}

export async function deleteEntry(courseId: string, entryId: string): Promise<void> {
  await apiRequest(entryPath(courseId, entryId), { method: 'DELETE', schema: z.undefined() });
}

export function setEntryShared(courseId: string, entryId: string, shared: boolean): Promise<LogbookEntry> {
  return apiRequest(`${entryPath(courseId, entryId)}/shared`, {
    method: 'PUT',
    body: { shared },
    schema: logbookEntrySchema,
  });
}

/** "Brug i drejebogen": the server appends the shared entry to the section of the group's working space. */
export function insertEntryAsDraft(courseId: string, entryId: string, sectionId: SectionId): Promise<LogbookEntry> {
  return apiRequest(`${entryPath(courseId, entryId)}/use`, {
    method: 'POST',
    body: { sectionId },
    schema: logbookEntrySchema,
  });
}
