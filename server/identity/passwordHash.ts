import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** scrypt cost parameters; stored in every hash, so raising them later leaves old hashes verifiable. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used is 128 · N · r bytes. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/** 2^15 · 8 · 128 B = 32 MiB and about 0.1 s per hash: OWASP's recommended minimum for scrypt. */
export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Ceiling for parameters read from the database, so a tampered row cannot make one sign-in eat the server.
const MAX_N = 2 ** 20;
const MAX_MEMORY_BYTES = 1024 * 1024 * 1024;

/** Node's default `maxmem` (32 MiB) is exactly our default's need; give scrypt room for its bookkeeping. */
function maxmem({ N, r }: ScryptParams): number {
  return 2 * 128 * N * r;
}

/** `scrypt$N=32768,r=8,p=1$<salt base64>$<key base64>`: everything needed to verify, nothing secret. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem: maxmem(params) });
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** The parts of a stored hash, or null when it is not one of ours. */
export function parsePasswordHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return null;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || r < 1 || p < 1 || maxmem({ N, r, p }) > MAX_MEMORY_BYTES) return null;
  return { params: { N, r, p }, salt: Buffer.from(match[4]!, 'base64'), key: Buffer.from(match[5]!, 'base64') };
}

/** True when `password` matches `stored`; the comparison takes the same time wherever the bytes differ. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const { params, salt, key } = parsed;
  const candidate = await scrypt(password.normalize('NFC'), salt, key.length, { ...params, maxmem: maxmem(params) });
  return crypto.timingSafeEqual(candidate, key);
}

/** True when `stored` was made with weaker parameters than `params` (so the next sign-in should rehash it). */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): boolean {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const { N, r, p } = parsed.params;
  return N < params.N || r < params.r || p < params.p || parsed.key.length < KEY_BYTES;
}
