import type { LocalUser } from '../identity/LocalUser.js';
import { CollabSession } from './CollabSession.js';

interface Entry {
  session: CollabSession;
  users: number;
  destroyTimer: ReturnType<typeof setTimeout> | null;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/**
 * Hands out one `CollabSession` per open playbook, outside React render. A release destroys the session only
 * if nobody acquired it again by the next task, so StrictMode's mount → unmount → mount keeps one socket.
 * Components read sessions as an external store (`subscribe` + `peek`).
 */
export const sessionRegistry = {
  acquire(playbookId: string, user: LocalUser): CollabSession {
    let entry = entries.get(playbookId);
    const created = !entry;
    if (!entry) {
      entry = { session: new CollabSession(playbookId, user), users: 0, destroyTimer: null };
      entries.set(playbookId, entry);
    }
    if (entry.destroyTimer !== null) clearTimeout(entry.destroyTimer);
    entry.destroyTimer = null;
    entry.users += 1;
    if (created) notify();
    return entry.session;
  },

  release(session: CollabSession): void {
    const entry = entries.get(session.playbookId);
    if (!entry || entry.session !== session) return;
    entry.users -= 1;
    if (entry.users > 0) return;
    entry.destroyTimer = setTimeout(() => {
      entries.delete(session.playbookId);
      session.destroy();
      notify();
    }, 0);
  },

  /** The live session of `playbookId`, or null. */
  peek(playbookId: string): CollabSession | null {
    return entries.get(playbookId)?.session ?? null;
  },

  subscribe(this: void, listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
