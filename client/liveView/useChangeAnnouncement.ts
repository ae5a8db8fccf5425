import { useEffect, useRef, useState } from 'react';

/** At most one announcement this often: a screen reader user hears what changed without a running commentary. */
const ANNOUNCE_EVERY_MS = 10_000;
/** Cells named in one announcement; more are counted. */
const MAX_NAMED = 3;

/**
 * A short polite announcement of the cells that just changed ("Gruppe Nord: 5. Dagsorden for samtalen"),
 * for the live region of the live view. Changes within ANNOUNCE_EVERY_MS of the last announcement are
 * gathered into the next one, so nothing is dropped and nothing floods.
 */
export function useChangeAnnouncement(
  changed: ReadonlySet<string>,
  describe: (key: string) => string,
  summarise: (named: string[], more: number) => string,
): string {
  const [text, setText] = useState('');
  const announced = useRef(new Set<string>());
  const pending = useRef<string[]>([]);
  const lastAt = useRef(0);
  const timer = useRef<number | null>(null);
  const describeRef = useRef(describe);
  const summariseRef = useRef(summarise);
  // The latest callbacks, for the effect below (which runs after this one, in the same commit).
  useEffect(() => {
    describeRef.current = describe;
    summariseRef.current = summarise;
  });

  useEffect(() => {
    // Keys leave `changed` when their highlight ends; they may be announced again after that.
    for (const key of [...announced.current]) if (!changed.has(key)) announced.current.delete(key);
    const fresh = [...changed].filter((key) => !announced.current.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) announced.current.add(key);
    pending.current.push(...fresh.map((key) => describeRef.current(key)));
    const flush = () => {
      timer.current = null;
      const names = [...new Set(pending.current)];
      pending.current = [];
      if (names.length === 0) return;
      lastAt.current = Date.now();
      setText(summariseRef.current(names.slice(0, MAX_NAMED), Math.max(0, names.length - MAX_NAMED)));
    };
    if (timer.current !== null) return;
    const wait = lastAt.current + ANNOUNCE_EVERY_MS - Date.now();
    if (wait <= 0) flush();
    else timer.current = window.setTimeout(flush, wait);
  }, [changed]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return text;
}
