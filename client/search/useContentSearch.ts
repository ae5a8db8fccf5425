import { useEffect, useState } from 'react';
import type { SearchResponse } from '../../shared/api/searchApi.js';
import { toApiError, type ApiError } from '../api/ApiError.js';
import { searchPlaybooks } from '../api/searchApi.js';

/** Where a content search stands for the query shown. */
export type ContentSearchState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; q: string; response: SearchResponse }
  | { kind: 'error'; error: ApiError };

type Answer = { q: string; retries: number } & (
  { kind: 'ready'; response: SearchResponse } | { kind: 'error'; error: ApiError }
);

/**
 * Searches playbook content for `q` (already debounced); nothing for an empty `q`. An answer to an older
 * query is never shown for a newer one: until the new answer arrives the state is `loading`.
 */
export function useContentSearch(q: string): { state: ContentSearchState; retry: () => void } {
  const query = q.trim();
  const [retries, setRetries] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (query === '') return;
    const controller = new AbortController();
    searchPlaybooks(query, controller.signal).then(
      (response) => setAnswer({ q: query, retries, kind: 'ready', response }),
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ q: query, retries, kind: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [query, retries]);

  const retry = () => setRetries((n) => n + 1);
  if (query === '') return { state: { kind: 'idle' }, retry };
  if (!answer || answer.q !== query || answer.retries !== retries) return { state: { kind: 'loading' }, retry };
  const state: ContentSearchState =
    answer.kind === 'ready' ? { kind: 'ready', q: query, response: answer.response } : answer;
  return { state, retry };
}
