import 'server-only';
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (node:crypto). The parameters travel inside the stored string
 * (`scrypt$N$r$p$salt$hash`), so they can be raised without breaking existing accounts: an older hash
 * still verifies, and is replaced at the next successful sign-in (`needsRehash`).
 * N = 2^16, r = 8, p = 2: one of the equivalent minimum settings of the OWASP Password Storage Cheat
 * Sheet (next to N = 2^17, p = 1), chosen for its 64 MiB instead of 128 MiB per check, since sign-ins
 * share two cores and their memory with the site (docs/decisions/0122-sign-in-attempts-counted-first.md).
 */
const COST = 2 ** 16;
const BLOCK_SIZE = 8;
const PARALLELISM = 2;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function memoryFor(cost: number, blockSize: number): number {
  // scrypt needs 128 * N * r bytes; leave headroom so that Node does not refuse the parameters.
  return 128 * cost * blockSize * 2;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_LENGTH, {
    N: COST,
    r: BLOCK_SIZE,
    p: PARALLELISM,
    maxmem: memoryFor(COST, BLOCK_SIZE),
  });
  return ['scrypt', COST, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Constant-time check of a password against a stored hash; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, keyText] = parts as [string, string, string, string, string, string];
  const cost = Number(n);
  const blockSize = Number(r);
  const parallelism = Number(p);
  if (![cost, blockSize, parallelism].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(keyText, 'base64');
  if (expected.length === 0) return false;
  const actual = await scrypt(password, Buffer.from(saltText, 'base64'), expected.length, {
    N: cost,
    r: blockSize,
    p: parallelism,
    maxmem: memoryFor(cost, blockSize),
  });
  return timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with weaker parameters than today's (or is not one of ours). */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  if (scheme !== 'scrypt') return true;
  return Number(n) * Number(r) * Number(p) < COST * BLOCK_SIZE * PARALLELISM || Number(n) * Number(r) < COST * BLOCK_SIZE;
}

/**
 * A hash of a password nobody knows, checked when the email matches no account, so that a
 * sign-in for an unknown address takes as long as one for a known address.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64'));
  return decoy;
}
