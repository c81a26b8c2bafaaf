import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: used for session ids and the confirm/withdraw links. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only the SHA-256 of a token is stored. Tokens carry 256 bits of entropy, so a fast hash is
 * enough: a stolen database gives no usable session or link.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as it may appear in a URL or cookie; anything else is refused before any lookup. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
