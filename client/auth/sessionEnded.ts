/**
 * The server may no longer know this browser's session (it expired, or was ended on another device). An API
 * call that answered 401 or a socket closed with 4401 is sure of it (`ended`); a socket closed with 4403
 * (no access) may mean it too, since ending every session also ends access (`doubt`: ask the server). The
 * account layer listens and shows the sign-in page; api/ and collab/ only report, knowing nothing of React.
 */
export type SessionSignal = 'ended' | 'doubt';

const listeners = new Set<(signal: SessionSignal) => void>();

/** Says that the session ended; every listener hears it. */
export function reportSessionEnded(): void {
  for (const listener of listeners) listener('ended');
}

/** Says that the session may have ended; the account layer asks the server who is signed in. */
export function reportSessionDoubt(): void {
  for (const listener of listeners) listener('doubt');
}

/** Calls `listener` on every report; returns the unsubscribe function. */
export function onSessionSignal(listener: (signal: SessionSignal) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
