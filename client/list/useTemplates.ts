import { useCallback, useEffect, useState } from 'react';
import type { TemplateSummary } from '../../shared/api/playbooksApi.js';
import { toApiError, type ApiError } from '../api/ApiError.js';
import { listTemplates } from '../api/playbooksApi.js';

export type TemplatesState =
  { kind: 'loading' } | { kind: 'ready'; templates: TemplateSummary[] } | { kind: 'error'; error: ApiError };

/** The templates and examples from the server, with a retry after a failure. */
export function useTemplates(): { state: TemplatesState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ attempt: number; state: TemplatesState } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listTemplates(controller.signal).then(
      (templates) => setResult({ attempt, state: { kind: 'ready', templates } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ attempt, state: { kind: 'error', error: toApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state: result?.attempt === attempt ? result.state : { kind: 'loading' }, retry };
}
