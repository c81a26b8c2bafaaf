import 'server-only';
import { hashToken, isWellFormedToken } from '@/lib/auth/tokens';
import { appendAudit } from '@/lib/db/audit-log';
import type { Db } from '@/lib/db/client';
import { confirmRegistration, deleteRegistration, findRegistrationById, type AdminRegistration } from '@/lib/db/registration-admin';
import { applyChange, findChange, type ProposedChange } from '@/lib/db/registration-changes';
import { findToken, markTokenUsed, type TokenPurpose, type TokenRecord } from '@/lib/db/registration-tokens';
import { queueUpdatedNotice } from '@/lib/mail/enqueue';

/**
 * What the links in the registrant's mail do (S-FORM-7). Every link opens a page whose GET only reads
 * (`check…`): mail scanners follow links. Only the page's button, a POST, acts, and each action commits
 * with its token's use in one transaction, so two clicks at once act once and a second click reports the
 * state instead of failing.
 */
export type LinkProblem = 'gone' | 'expired' | 'invalid';
export type ConfirmCheck = 'ready' | 'already-confirmed' | LinkProblem;
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | LinkProblem;
export type WithdrawCheck = 'ready' | 'already-withdrawn' | LinkProblem;
export type WithdrawOutcome = 'withdrawn' | 'already-withdrawn' | LinkProblem;
export type ChangeCheck = { state: 'ready'; change: ProposedChange; current: AdminRegistration } | { state: 'already-applied' | LinkProblem };
export type ChangeOutcome = 'applied' | 'already-applied' | LinkProblem;

type Found = { hash: string; record: TokenRecord };

/** The token's record when it is well formed, known and for one of `purposes`; else null ("invalid"). */
export async function lookupToken(db: Db, token: unknown, purposes: readonly TokenPurpose[]): Promise<Found | null> {
  if (!isWellFormedToken(token)) return null;
  const hash = hashToken(token);
  const record = await findToken(db, hash);
  return record && purposes.includes(record.purpose) ? { hash, record } : null;
}

export const isExpired = (record: TokenRecord, now: Date) => new Date(record.expiresAt).getTime() <= now.getTime();

/** The GET of the confirm link: reads only. */
export async function checkConfirmToken(db: Db, token: unknown, now: Date): Promise<ConfirmCheck> {
  const found = await lookupToken(db, token, ['confirm']);
  if (!found) return 'invalid';
  const registration = await findRegistrationById(db, found.record.registrationId);
  if (!registration) return 'gone';
  if (registration.confirmedAt) return 'already-confirmed';
  return isExpired(found.record, now) ? 'expired' : 'ready';
}

/** The confirm page's button: confirms the address and uses the token, together. */
export async function confirmByToken(db: Db, token: unknown, now: Date): Promise<ConfirmOutcome> {
  const found = await lookupToken(db, token, ['confirm']);
  if (!found) return 'invalid';
  // A used link keeps working (it reports the state) even after it expired.
  if (!found.record.usedAt && isExpired(found.record, now)) return 'expired';
  return db.transaction().execute(async (trx) => {
    const outcome = await confirmRegistration(trx, found.record.registrationId, now);
    if (outcome !== 'gone') await markTokenUsed(trx, found.hash, now);
    return outcome;
  });
}

/**
 * The GET of the withdraw page, opened from the manage page (a manage token) or from a withdraw link
 * mailed before the manage page existed: reads only.
 */
export async function checkWithdrawToken(db: Db, token: unknown, now: Date): Promise<WithdrawCheck> {
  const found = await lookupToken(db, token, ['withdraw', 'manage']);
  if (!found) return 'invalid';
  if (found.record.usedAt) return 'already-withdrawn';
  if (isExpired(found.record, now)) return 'expired';
  return (await findRegistrationById(db, found.record.registrationId)) ? 'ready' : 'gone';
}

/**
 * The withdraw page's button: erases the registration and everything stored with it at once (S-FORM-8),
 * uses the token and records the erasure (by reference) in the audit log, all in one transaction.
 */
export async function withdrawByToken(db: Db, token: unknown, now: Date): Promise<WithdrawOutcome> {
  const found = await lookupToken(db, token, ['withdraw', 'manage']);
  if (!found) return 'invalid';
  if (found.record.usedAt) return 'already-withdrawn';
  if (isExpired(found.record, now)) return 'expired';
  return db.transaction().execute(async (trx) => {
    if (!(await markTokenUsed(trx, found.hash, now))) return 'already-withdrawn';
    const reference = await deleteRegistration(trx, found.record.registrationId);
    if (!reference) return 'gone';
    await appendAudit(trx, { actor: 'registrant', action: 'withdrawn', target: { reference }, now });
    return 'withdrawn';
  });
}

/** The GET of a proposed change's link: what would change, read only. */
export async function checkChangeToken(db: Db, token: unknown, now: Date): Promise<ChangeCheck> {
  const found = await lookupToken(db, token, ['change']);
  if (!found || !found.record.changeId) return { state: 'invalid' };
  if (found.record.usedAt) return { state: 'already-applied' };
  if (isExpired(found.record, now)) return { state: 'expired' };
  const [change, current] = await Promise.all([findChange(db, found.record.changeId), findRegistrationById(db, found.record.registrationId)]);
  if (!change || !current) return { state: 'gone' };
  return { state: 'ready', change, current };
}

/**
 * The change page's button: applies the change (lib/db/registration-changes.ts), uses the token and
 * queues the secretariat's notice, in one transaction. The caller kicks the mail sender afterwards.
 */
export async function applyChangeByToken(db: Db, token: unknown, now: Date): Promise<ChangeOutcome> {
  const found = await lookupToken(db, token, ['change']);
  if (!found || !found.record.changeId) return 'invalid';
  const changeId = found.record.changeId;
  if (found.record.usedAt) return 'already-applied';
  if (isExpired(found.record, now)) return 'expired';
  return db.transaction().execute(async (trx) => {
    if (!(await markTokenUsed(trx, found.hash, now))) return 'already-applied';
    const registrationId = await applyChange(trx, changeId, now);
    if (!registrationId) return 'gone';
    await queueUpdatedNotice(trx, registrationId, now);
    return 'applied';
  });
}
