import { expect, test } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { createToken, hashToken, isWellFormedToken } from '@/lib/auth/tokens';

test('a password verifies against its own scrypt hash and no other', async () => {
  const hash = await hashPassword('correct horse battery staple');
  // OWASP's minimum for scrypt, in one of its equivalent forms: N=2^16, r=8, p=2.
  expect(hash).toMatch(/^scrypt\$65536\$8\$2\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  expect(needsRehash(hash)).toBe(false);
  expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  expect(await verifyPassword('', hash)).toBe(false);
});

test('two hashes of one password differ (random salt)', async () => {
  const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
  expect(a).not.toBe(b);
});

test('a malformed stored hash never verifies', async () => {
  for (const stored of ['', 'plain', 'scrypt$x$8$1$AA==$AA==', 'bcrypt$1$2$3$4$5', 'scrypt$16384$8$1$AA==$']) {
    expect(await verifyPassword('anything', stored)).toBe(false);
  }
});

test('tokens are 32 random bytes in base64url and stored only as SHA-256 hex', () => {
  const token = createToken();
  expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  expect(isWellFormedToken(token)).toBe(true);
  expect(createToken()).not.toBe(token);
  expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashToken(token)).not.toContain(token);
  expect(isWellFormedToken('short')).toBe(false);
  expect(isWellFormedToken(`${token.slice(0, 42)}/`)).toBe(false);
});

test('a hash made with the earlier, weaker parameters still verifies, and asks to be replaced', async () => {
  // scrypt N=2^15, r=8, p=1 of 'an older password', as the first release stored it.
  const { scryptSync } = await import('node:crypto');
  const salt = Buffer.from('0123456789abcdef');
  const key = scryptSync('an older password', salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 2 ** 26 });
  const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
  expect(await verifyPassword('an older password', old)).toBe(true);
  expect(await verifyPassword('another password', old)).toBe(false);
  expect(needsRehash(old)).toBe(true);
});
