import 'server-only';
import type { Db } from '@/lib/db/client';
import { accountKey, findAccountByEmail, setPasswordHash } from '@/lib/db/admin-accounts';
import { appendAudit } from '@/lib/db/audit-log';
import { clearAccountFailures, countSignInFailures, recordSignInFailure } from '@/lib/db/sign-in-failures';
import { DIRECT_CLIENT_KEY } from '@/lib/registration/client-address';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password';
import { decideThrottle, windowStart } from './throttle';

export type SignInResult =
  | { status: 'ok'; accountId: string; email: string }
  | { status: 'invalid' }
  | { status: 'locked'; retryAfterMinutes: number };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a sign-in attempt under the throttle rule (lib/auth/throttle.ts): a locked account or client is
 * refused before the password is even checked; otherwise the answer waits the progressive delay, and an
 * unknown address costs the same scrypt work as a known one. Every outcome goes to the audit log.
 *
 * The attempt is recorded (as a failure) before anything is decided, and the decision is taken from the
 * count that includes it, as the form's rate limit does: of any number of attempts sent at once, each
 * sees at least the ones recorded before it, so no more than MAX_FAILURES_PER_ACCOUNT passwords are ever
 * checked for an account in a window (counting, then checking, then recording let all of them through).
 * A successful sign-in upgrades a hash made with older scrypt parameters.
 */
export async function attemptSignIn(
  db: Db,
  input: { email: string; password: string; clientKey: string; now: Date },
  wait: (ms: number) => Promise<void> = sleep,
): Promise<SignInResult> {
  const emailKey = accountKey(input.email).slice(0, 320);
  const clientKey = input.clientKey;
  await recordSignInFailure(db, { emailKey, clientKey, now: input.now });
  const counts = await countSignInFailures(db, { emailKey, clientKey, since: windowStart(input.now) });
  // The rule is about earlier failures: this attempt's own row is not one of them.
  counts.accountFailures -= 1;
  counts.clientFailures -= 1;
  // With no trusted proxy every client shares one key; locking it would lock every secretariat member
  // out at once, so only identified clients are locked (decision 0061). Accounts are locked either way.
  if (clientKey === DIRECT_CLIENT_KEY) {
    counts.clientFailures = 0;
    counts.oldestClientFailure = null;
  }
  const decision = decideThrottle(counts);
  // The log names an account by its id and an unknown address not at all (S-PRIVACY-2).
  // `undefined`: not looked up yet; null: no such account.
  const audit = async (action: 'sign-in' | 'sign-in-failed' | 'sign-in-locked', accountId?: string | null) => {
    const id = accountId === undefined ? (await findAccountByEmail(db, input.email))?.id : accountId;
    await appendAudit(db, { actor: id ? { accountId: id } : 'anonymous', action, clientKey: input.clientKey, now: input.now });
  };

  if (decision.locked) {
    await audit('sign-in-locked');
    const until = decision.lockedUntil?.getTime() ?? input.now.getTime();
    return { status: 'locked', retryAfterMinutes: Math.max(1, Math.ceil((until - input.now.getTime()) / 60_000)) };
  }
  await wait(decision.delayMs);

  const account = await findAccountByEmail(db, input.email);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash()));
  if (!account || !matches) {
    await audit('sign-in-failed', account?.id ?? null);
    return { status: 'invalid' };
  }
  // Deletes this attempt's row too.
  await clearAccountFailures(db, emailKey);
  if (needsRehash(account.passwordHash)) await setPasswordHash(db, account.id, await hashPassword(input.password), input.now);
  await audit('sign-in', account.id);
  return { status: 'ok', accountId: account.id, email: account.email };
}
