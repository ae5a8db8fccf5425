import type { z } from 'zod';
import {
  playbookListResponseSchema,
  playbookSummarySchema,
  templateListResponseSchema,
  type createPlaybookBodySchema,
  type PlaybookSummary,
  type TemplateSummary,
} from '../../shared/api/playbooksApi.js';
import { apiRequest } from './apiClient.js';

/** Which playbooks the list shows with respect to archiving. */
export type ArchivedFilter = 'include' | 'only' | 'exclude';

const playbookPath = (id: string) => `/api/playbooks/${encodeURIComponent(id)}`;

/** The templates and examples a new playbook can start from. */
export async function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  const { templates } = await apiRequest('/api/templates', { schema: templateListResponseSchema, signal });
  return templates;
}

/** Playbooks whose title contains `q` (all when empty), in the server's order. */
export async function listPlaybooks(
  query: { q: string; archived: ArchivedFilter },
  signal?: AbortSignal,
): Promise<PlaybookSummary[]> {
  const params = new URLSearchParams({ archived: query.archived });
  const q = query.q.trim();
  if (q !== '') params.set('q', q);
  const { playbooks } = await apiRequest(`/api/playbooks?${params.toString()}`, {
    schema: playbookListResponseSchema,
    signal,
  });
  return playbooks;
}

/** Creates a playbook from a template (or blank when `templateId` is null). */
export function createPlaybook(body: z.input<typeof createPlaybookBodySchema>): Promise<PlaybookSummary> {
  return apiRequest('/api/playbooks', { method: 'POST', body, schema: playbookSummarySchema });
}

export function renamePlaybook(id: string, title: string): Promise<PlaybookSummary> {
  return apiRequest(playbookPath(id), { method: 'PATCH', body: { title }, schema: playbookSummarySchema });
}

export function archivePlaybook(id: string): Promise<PlaybookSummary> {
  return apiRequest(`${playbookPath(id)}/archive`, { method: 'POST', schema: playbookSummarySchema });
}

export function restorePlaybook(id: string): Promise<PlaybookSummary> {
  return apiRequest(`${playbookPath(id)}/restore`, { method: 'POST', schema: playbookSummarySchema });
}
