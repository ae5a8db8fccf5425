import { useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT } from './navigate.js';
import { parseRoute, type Route } from './parseRoute.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getPathname = (): string => window.location.pathname;

/** The current page, kept in step with the address bar (back/forward and `navigate`). */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, getPathname);
  return parseRoute(pathname);
}
