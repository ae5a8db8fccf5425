import crypto from 'node:crypto';
import type { IdentityStore, User } from './IdentityStore.js';
import type { VerifiedIdentity } from './IdentityProvider.js';

const HOUR_MS = 60 * 60 * 1000;

/** A session ends after this long without a request (a working day with breaks). @default 12 h */
export const SESSION_IDLE_MS = 12 * HOUR_MS;
/** ... and at the latest this long after sign-in, however busy. @default 7 days */
export const SESSION_ABSOLUTE_MS = 7 * 24 * HOUR_MS;
// Writing last-seen on every request would turn every read into a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60 * 1000;
const TOKEN_BYTES = 32;

/** The token goes to the browser; the database keeps only its SHA-256 (a token has 256 bits, no salt needed). */
export function hashSessionToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

/**
 * Sessions over the identity store: opens one for a verified identity (however it was verified), resolves a
 * token to its user while the session is alive, ends one or all of a user's sessions. `now` is injectable
 * so tests can move time forward.
 */
export class SessionService {
  constructor(
    private readonly identity: IdentityStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session for `who`; returns the token for the cookie (shown once, never stored). */
  async start(who: VerifiedIdentity): Promise<string> {
    const token = crypto.randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.now();
    await this.identity.createSession({
      tokenHash: hashSessionToken(token),
      userId: who.userId,
      createdAt: now,
      lastSeenAt: now,
    });
    return token;
  }

  /** The signed-in user, or null for an unknown, ended or expired token (an expired one is deleted). */
  async resolve(token: string): Promise<User | null> {
    const tokenHash = hashSessionToken(token);
    const session = await this.identity.getSession(tokenHash);
    if (!session) return null;
    const now = this.now();
    if (now - session.lastSeenAt > SESSION_IDLE_MS || now - session.createdAt > SESSION_ABSOLUTE_MS) {
      await this.identity.deleteSession(tokenHash);
      return null;
    }
    const user = await this.identity.getUser(session.userId);
    if (!user) return null;
    if (now - session.lastSeenAt > TOUCH_AFTER_MS) await this.identity.touchSession(tokenHash, now);
    return user;
  }

  async end(token: string): Promise<void> {
    await this.identity.deleteSession(hashSessionToken(token));
  }

  /** Sign out everywhere: every session of the user, on every device. */
  async endAll(userId: string): Promise<number> {
    return this.identity.deleteSessionsOfUser(userId);
  }

  /** Removes expired sessions from the database (they are refused anyway; this only keeps the table small). */
  async sweep(): Promise<number> {
    const now = this.now();
    return this.identity.deleteExpiredSessions(now - SESSION_IDLE_MS, now - SESSION_ABSOLUTE_MS);
  }
}
