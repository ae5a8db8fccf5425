import { searchResponseSchema, type SearchResponse } from '../../shared/api/searchApi.js';
import { apiRequest } from './apiClient.js';

/** Searches the text of every playbook the signed-in person may read (`GET /api/search?q=`). */
export function searchPlaybooks(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  const params = new URLSearchParams({ q: q.trim() });
  return apiRequest(`/api/search?${params.toString()}`, { schema: searchResponseSchema, signal });
}
