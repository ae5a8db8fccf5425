import type { z } from 'zod';
import {
  approvedVersionListSchema,
  approvedVersionSchema,
  type ApprovedVersion,
  type approveBodySchema,
} from '../../shared/api/versionsApi.js';
import { apiRequest } from '../api/apiClient.js';

const path = (playbookId: string) => `/api/playbooks/${encodeURIComponent(playbookId)}/versions`;

export async function listVersions(playbookId: string, signal?: AbortSignal): Promise<ApprovedVersion[]> {
  const answer = await apiRequest(path(playbookId), { schema: approvedVersionListSchema, signal });
  return answer.versions;
}

export function approveVersion(playbookId: string, body: z.input<typeof approveBodySchema>): Promise<ApprovedVersion> {
  return apiRequest(path(playbookId), { method: 'POST', body, schema: approvedVersionSchema });
}
