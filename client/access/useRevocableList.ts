import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessErrorKey } from './accessErrorKey.js';

interface RevocableListOptions<T extends { id: string }> {
  load: (signal: AbortSignal) => Promise<T[]>;
  revoke: (item: T) => Promise<void>;
  /** What to say when the list cannot be loaded, and after a revocation (announced). */
  loadFailedText: string;
  revokedText: string;
}

/**
 * A list of things a facilitator can revoke (invitation links, access tokens): loads it, revokes one at a
 * time (`busy` holds its id so the other buttons wait), and keeps a failure line and a screen-reader
 * announcement. `prepend` adds a freshly created item without reloading.
 */
export function useRevocableList<T extends { id: string }>(options: RevocableListOptions<T>) {
  const { load, revoke: revokeOnServer, loadFailedText, revokedText } = options;
  const { t } = useTranslation();
  const [items, setItems] = useState<T[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(setItems, () => {
      if (!controller.signal.aborted) setFailure(loadFailedText);
    });
    return () => controller.abort();
  }, [load, loadFailedText]);

  const revoke = async (item: T) => {
    setBusy(item.id);
    setFailure(null);
    try {
      await revokeOnServer(item);
      setItems((current) => current?.filter((x) => x.id !== item.id) ?? null);
      setAnnouncement(revokedText);
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(error)));
    } finally {
      setBusy(null);
    }
  };

  const prepend = useCallback((item: T) => setItems((current) => [item, ...(current ?? [])]), []);

  return { items, failure, setFailure, busy, announcement, revoke, prepend };
}
