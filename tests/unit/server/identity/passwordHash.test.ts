import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SCRYPT_PARAMS,
  hashPassword,
  parsePasswordHash,
  verifyPassword,
} from '../../../../server/identity/passwordHash.js';

// Small parameters keep the suite fast; the default ones get one round trip of their own.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('passwordHash', () => {
  afterEach(() => vi.restoreAllMocks());

  it('verifies the password it hashed, with the default parameters', async () => {
    const stored = await hashPassword('korrekt hest batteri hæfteklamme');
    expect(await verifyPassword('korrekt hest batteri hæfteklamme', stored)).toBe(true);
  });

  it('refuses a wrong password', async () => {
    const stored = await hashPassword('korrekt hest batteri', FAST);
    expect(await verifyPassword('korrekt hest batterI', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('encodes scrypt and its parameters, so they can be raised later', async () => {
    const stored = await hashPassword('et kodeord', FAST);
    expect(stored).toMatch(/^scrypt\$N=1024,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(parsePasswordHash(stored)?.params).toEqual(FAST);
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 });
    // A hash made with other parameters still verifies: they come from the stored string.
    expect(await verifyPassword('et kodeord', stored)).toBe(true);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('samme', FAST), hashPassword('samme', FAST)]);
    expect(a).not.toBe(b);
    expect(parsePasswordHash(a)!.salt.length).toBe(16);
  });

  it('compares with crypto.timingSafeEqual', async () => {
    const stored = await hashPassword('tid er penge', FAST);
    const spy = vi.spyOn(crypto, 'timingSafeEqual');
    await verifyPassword('tid er penge', stored);
    await verifyPassword('tid er ikke penge', stored);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('refuses hashes that are not ours or ask for absurd costs', async () => {
    expect(await verifyPassword('x', 'plaintext')).toBe(false);
    expect(parsePasswordHash('scrypt$N=1000,r=8,p=1$AAAA$AAAA')).toBeNull(); // not a power of two
    expect(parsePasswordHash(`scrypt$N=${2 ** 24},r=8,p=1$AAAA$AAAA`)).toBeNull();
  });
});
