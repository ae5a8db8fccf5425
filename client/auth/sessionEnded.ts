/**
 * The server no longer knows this browser's session (it expired, or was ended on another device): an API
 * call answered 401 or the collaboration socket closed with 4401. The account layer listens and shows the
 * sign-in page; the code that noticed only reports it, so api/ and collab/ need not know about React.
 */
const listeners = new Set<() => void>();

/** Says that the session ended; every listener hears it. */
export function reportSessionEnded(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a session end is reported; returns the unsubscribe function. */
export function onSessionEnded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
