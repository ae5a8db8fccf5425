import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, parsePasswordHash } from '../../../../server/identity/passwordHash.js';
import { PasswordProvider } from '../../../../server/identity/PasswordProvider.js';
import { SqliteIdentityStore } from '../../../../server/identity/SqliteIdentityStore.js';

// Cheap parameters keep the test fast; "today's" are twice as costly as the old hash's.
const OLD = { N: 2 ** 10, r: 8, p: 1 };
const TODAY = { N: 2 ** 11, r: 8, p: 1 };

describe('PasswordProvider', () => {
  let store: SqliteIdentityStore;
  let userId: string;

  beforeEach(async () => {
    store = new SqliteIdentityStore({ file: ':memory:', synchronous: 'NORMAL' });
    const org = store.createOrganisation({ name: 'Klippeø Kommune', kind: 'kommune' });
    const passwordHash = await hashPassword('en gammel adgangskode', OLD);
    userId = store.createUser(
      { email: 'anne@klippeo.dk', displayName: 'Anne', organisationId: org.id, isAdmin: false, passwordHash },
      Date.now(),
    ).id;
  });
  afterEach(() => store.close());

  const storedParams = () => parsePasswordHash(store.findUserByEmail('anne@klippeo.dk')!.passwordHash!)!.params;

  it('raises an old hash to today’s parameters on a successful sign-in, and the password still works', async () => {
    const provider = new PasswordProvider(store, TODAY);
    expect(storedParams()).toEqual(OLD);
    expect(await provider.verify({ email: 'anne@klippeo.dk', password: 'en gammel adgangskode' })).toMatchObject({
      userId,
    });
    expect(storedParams()).toEqual(TODAY);
    expect(await provider.verify({ email: 'anne@klippeo.dk', password: 'en gammel adgangskode' })).not.toBeNull();
  });

  it('leaves the hash alone after a wrong password', async () => {
    const provider = new PasswordProvider(store, TODAY);
    expect(await provider.verify({ email: 'anne@klippeo.dk', password: 'forkert' })).toBeNull();
    expect(storedParams()).toEqual(OLD);
  });

  it('needs no rehash for a hash made with today’s parameters or stronger ones', async () => {
    expect(needsRehash(await hashPassword('x', TODAY), TODAY)).toBe(false);
    expect(needsRehash(await hashPassword('x', { N: 2 ** 12, r: 8, p: 1 }), TODAY)).toBe(false);
    expect(needsRehash(await hashPassword('x', OLD), TODAY)).toBe(true);
    expect(needsRehash('not a hash', TODAY)).toBe(false);
  });
});
