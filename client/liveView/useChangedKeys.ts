import { useEffect, useRef, useState } from 'react';

/** How long a cell that just changed stays highlighted. */
const HIGHLIGHT_MS = 2500;

/**
 * The keys whose value differs from the previous render's (`values` maps key → a comparable string),
 * kept for HIGHLIGHT_MS so the grid can flash what just changed. The first values highlight nothing.
 */
export function useChangedKeys(values: Map<string, string> | null): Set<string> {
  const previous = useRef<Map<string, string> | null>(null);
  const [changed, setChanged] = useState<Set<string>>(() => new Set());

  useEffect(() => {
    if (!values) return;
    const before = previous.current;
    previous.current = values;
    if (!before) return;
    const fresh = [...values]
      .filter(([key, value]) => before.has(key) && before.get(key) !== value)
      .map(([key]) => key);
    if (fresh.length === 0) return;
    setChanged((current) => new Set([...current, ...fresh]));
    const timer = window.setTimeout(() => {
      setChanged((current) => new Set([...current].filter((key) => !fresh.includes(key))));
    }, HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [values]);

  return changed;
}
