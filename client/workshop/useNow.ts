import { useSyncExternalStore } from 'react';

// One shared ticker for every countdown on the page, running only while someone watches it.
const TICK_MS = 250;
let now = Date.now();
let ticker: number | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (ticker === null) {
    now = Date.now();
    ticker = window.setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== null) {
      window.clearInterval(ticker);
      ticker = null;
    }
  };
}

const getSnapshot = () => now;

/**
 * This browser's clock, re-read four times a second while the component is mounted. Purely local: a
 * countdown built on it keeps going without any connection.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot);
}
