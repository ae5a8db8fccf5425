/** The list's search and archive filter, as kept in the address (`/?q=…&archived=include`). */
export interface ListParams {
  q: string;
  showArchived: boolean;
}

/** Reads the list's state from the current address, so reload and back return to the same view. */
export function readListParams(): ListParams {
  const params = new URLSearchParams(window.location.search);
  return { q: params.get('q') ?? '', showArchived: params.get('archived') === 'include' };
}

/** Writes the list's state into the address without a new history entry. */
export function writeListParams({ q, showArchived }: ListParams): void {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (showArchived) params.set('archived', 'include');
  const search = params.size > 0 ? `?${params.toString()}` : '';
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
}
