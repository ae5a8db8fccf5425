import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteIdentityStore } from '../../../../server/identity/SqliteIdentityStore.js';
import {
  hashSessionToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SessionService,
} from '../../../../server/identity/SessionService.js';

describe('SessionService', () => {
  let store: SqliteIdentityStore;
  let now: number;
  let sessions: SessionService;
  let userId: string;

  beforeEach(() => {
    store = new SqliteIdentityStore({ file: ':memory:', synchronous: 'NORMAL' });
    now = Date.UTC(2026, 10, 2, 8);
    sessions = new SessionService(store, () => now);
    const org = store.createOrganisation({ name: 'Klippeø Kommune', kind: 'kommune' });
    userId = store.createUser(
      { email: 'Anne@Klippeo.dk', displayName: 'Anne', organisationId: org.id, isAdmin: false, passwordHash: null },
      now,
    ).id;
  });
  afterEach(() => store.close());

  it('stores only the SHA-256 of a 32-byte token', async () => {
    const token = await sessions.start({ userId, method: 'password' });
    expect(Buffer.from(token, 'base64url').length).toBe(32);
    expect(store.getSession(token)).toBeNull();
    expect(store.getSession(hashSessionToken(token))?.userId).toBe(userId);
  });

  it('ends a session idle for longer than the idle limit', async () => {
    const token = await sessions.start({ userId, method: 'password' });
    now += SESSION_IDLE_MS - 1000;
    expect((await sessions.resolve(token))?.id).toBe(userId);
    now += SESSION_IDLE_MS + 1;
    expect(await sessions.resolve(token)).toBeNull();
    expect(store.getSession(hashSessionToken(token))).toBeNull();
  });

  it('ends a busy session at the absolute limit', async () => {
    const token = await sessions.start({ userId, method: 'password' });
    const startedAt = now;
    while (now + SESSION_IDLE_MS / 2 <= startedAt + SESSION_ABSOLUTE_MS) {
      now += SESSION_IDLE_MS / 2;
      expect(await sessions.resolve(token)).not.toBeNull();
    }
    now = startedAt + SESSION_ABSOLUTE_MS;
    now += 1;
    expect(await sessions.resolve(token)).toBeNull();
  });

  it('signs out everywhere', async () => {
    const a = await sessions.start({ userId, method: 'password' });
    const b = await sessions.start({ userId, method: 'password' });
    expect(await sessions.endAll(userId)).toBe(2);
    expect(await sessions.resolve(a)).toBeNull();
    expect(await sessions.resolve(b)).toBeNull();
  });

  it('normalises e-mail addresses and keeps them unique', () => {
    expect(store.findUserByEmail(' anne@KLIPPEO.dk')?.id).toBe(userId);
    const orgId = store.listOrganisations()[0]!.id;
    expect(() =>
      store.createUser(
        { email: 'anne@klippeo.dk', displayName: 'A', organisationId: orgId, isAdmin: false, passwordHash: null },
        now,
      ),
    ).toThrow(/already has an account/);
  });
});
