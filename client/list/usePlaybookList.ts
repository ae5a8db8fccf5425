import { useCallback, useEffect, useState } from 'react';
import type { PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { toApiError, type ApiError } from '../api/ApiError.js';
import { listPlaybooks, type ArchivedFilter } from '../api/playbooksApi.js';

/** The last answer for one query: the playbooks, or why they could not be loaded. */
type Result = { key: string } & ({ kind: 'ready'; playbooks: PlaybookSummary[] } | { kind: 'error'; error: ApiError });

export interface PlaybookList {
  /** Nothing answered yet (first load, or a retry after an error). */
  loading: boolean;
  /** A newer query is under way while the previous answer is still shown. */
  refreshing: boolean;
  playbooks: PlaybookSummary[] | null;
  error: ApiError | null;
  /** Fetches the same query again; what is shown stays until the answer arrives. */
  reload: () => void;
  /** Puts a changed playbook in place (or drops it), before the server's list confirms it. */
  replace: (playbook: PlaybookSummary) => void;
  remove: (id: string) => void;
}

/** The playbooks matching a title search and an archive filter, fetched from the server; stale answers are dropped. */
export function usePlaybookList(q: string, archived: ArchivedFilter): PlaybookList {
  const [reloads, setReloads] = useState(0);
  const key = JSON.stringify([q.trim(), archived, reloads]);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const [query, filter] = [q, archived];
    listPlaybooks({ q: query, archived: filter }, controller.signal).then(
      (playbooks) => setResult({ key, kind: 'ready', playbooks }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ key, kind: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // reason: `key` already encodes q (trimmed), archived and reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const replace = useCallback((playbook: PlaybookSummary) => {
    setResult((current) =>
      current?.kind === 'ready'
        ? { ...current, playbooks: current.playbooks.map((p) => (p.id === playbook.id ? playbook : p)) }
        : current,
    );
  }, []);
  const remove = useCallback((id: string) => {
    setResult((current) =>
      current?.kind === 'ready' ? { ...current, playbooks: current.playbooks.filter((p) => p.id !== id) } : current,
    );
  }, []);

  const pending = result?.key !== key;
  const shown = result?.kind === 'error' && pending ? null : result;
  return {
    loading: shown === null,
    refreshing: pending && shown !== null,
    playbooks: shown?.kind === 'ready' ? shown.playbooks : null,
    error: shown?.kind === 'error' ? shown.error : null,
    reload,
    replace,
    remove,
  };
}
