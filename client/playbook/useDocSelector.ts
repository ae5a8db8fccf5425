import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value read from the Y.Doc by `select`, kept live: re-read after every change to the document (local,
 * remote or loaded from this browser's storage), at most once per `throttleMs`. Components re-render only
 * when the value changed (compared as JSON), so `select` may build new objects each time. Pass a stable
 * `select` (module level or memoised): a new one starts a new subscription.
 */
export function useDocSelector<T>(doc: Y.Doc, select: (doc: Y.Doc) => T, throttleMs = 0): T {
  const store = useMemo(() => docStore(doc, select, throttleMs), [doc, select, throttleMs]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

function docStore<T>(doc: Y.Doc, select: (doc: Y.Doc) => T, throttleMs: number) {
  let value = select(doc);
  let json = JSON.stringify(value);
  const reread = (): boolean => {
    const next = select(doc);
    const nextJson = JSON.stringify(next);
    if (nextJson === json) return false;
    value = next;
    json = nextJson;
    return true;
  };
  return {
    getSnapshot: (): T => value,
    subscribe: (listener: () => void): (() => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const run = () => {
        timer = null;
        if (reread()) listener();
      };
      const onUpdate = () => {
        if (throttleMs <= 0) run();
        else timer ??= setTimeout(run, throttleMs);
      };
      // The document may have changed between the first read and this subscription.
      if (reread()) listener();
      doc.on('update', onUpdate);
      return () => {
        doc.off('update', onUpdate);
        if (timer !== null) clearTimeout(timer);
      };
    },
  };
}
