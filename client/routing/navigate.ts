/** Name of the window event fired after `navigate` changed the URL (the History API has none of its own). */
export const NAVIGATE_EVENT = 'drejebog:navigate';

/** Client-side navigation to a path of this app, without a page load. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
