import {
  importMarkdownResponseSchema,
  type ImportMarkdownBody,
  type ImportMarkdownResponse,
} from '../../shared/api/importApi.js';
import { apiRequest } from '../api/apiClient.js';

/** Creates a playbook from Markdown (`POST /api/playbooks/import`); the signed-in person facilitates it. */
export function importMarkdown(body: ImportMarkdownBody): Promise<ImportMarkdownResponse> {
  return apiRequest('/api/playbooks/import', {
    method: 'POST',
    body,
    schema: importMarkdownResponseSchema,
    timeoutMs: 60_000,
  });
}
