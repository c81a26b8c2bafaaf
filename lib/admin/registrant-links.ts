import 'server-only';
import { hashToken, isWellFormedToken } from '@/lib/auth/tokens';
import type { Db } from '@/lib/db/client';
import { confirmRegistration, eraseRegistration } from '@/lib/db/registration-admin';
import { findToken, markTokenUsed, type TokenRecord } from '@/lib/db/registration-tokens';

/**
 * What the links in the registrant's email do. Each answer says plainly what happened, and each
 * action is idempotent: a second click reports the state instead of failing.
 */
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'gone' | 'expired' | 'invalid';
export type WithdrawCheck = 'ready' | 'already-withdrawn' | 'gone' | 'expired' | 'invalid';
export type WithdrawOutcome = 'withdrawn' | 'already-withdrawn' | 'gone' | 'expired' | 'invalid';

async function lookup(db: Db, token: unknown, purpose: TokenRecord['purpose']): Promise<{ hash: string; record: TokenRecord } | null> {
  if (!isWellFormedToken(token)) return null;
  const hash = hashToken(token);
  const record = await findToken(db, hash);
  return record && record.purpose === purpose ? { hash, record } : null;
}

const isExpired = (record: TokenRecord, now: Date) => new Date(record.expiresAt).getTime() <= now.getTime();

export async function confirmByToken(db: Db, token: unknown, now: Date): Promise<ConfirmOutcome> {
  const found = await lookup(db, token, 'confirm');
  if (!found) return 'invalid';
  // A used link keeps working (it reports the state) even after it expired.
  if (!found.record.usedAt && isExpired(found.record, now)) return 'expired';
  const outcome = await confirmRegistration(db, found.record.registrationId, now);
  if (outcome !== 'gone') await markTokenUsed(db, found.hash, now);
  return outcome;
}

/** The GET of the withdraw page: reads only, never changes anything (mail scanners follow links). */
export async function checkWithdrawToken(db: Db, token: unknown, now: Date): Promise<WithdrawCheck> {
  const found = await lookup(db, token, 'withdraw');
  if (!found) return 'invalid';
  if (found.record.usedAt) return 'already-withdrawn';
  if (isExpired(found.record, now)) return 'expired';
  return 'ready';
}

/** The POST of the withdraw page's button: erases the registration and its personal data. */
export async function withdrawByToken(db: Db, token: unknown, now: Date): Promise<WithdrawOutcome> {
  const found = await lookup(db, token, 'withdraw');
  if (!found) return 'invalid';
  if (found.record.usedAt) return 'already-withdrawn';
  if (isExpired(found.record, now)) return 'expired';
  const erased = await eraseRegistration(db, found.record.registrationId);
  await markTokenUsed(db, found.hash, now);
  return erased ? 'withdrawn' : 'gone';
}
