import 'server-only';
import { z } from 'zod';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/client';
import { deleteAccount, findAccountByEmail, upsertAccount } from '@/lib/db/admin-accounts';
import { revokeAccountSessions } from '@/lib/db/admin-sessions';
import { appendAudit } from '@/lib/db/audit-log';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export const accountInputSchema = z.object({
  email: z.email('must be an email address').max(254),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `must be ${PASSWORD_MAX_LENGTH} characters or less`),
});

/** Audits an action on an account by the account's id: the log holds no email address (S-PRIVACY-2). */
async function auditAccount(db: Db, actor: 'system' | 'cli', action: 'account-created' | 'password-changed', email: string, now: Date): Promise<void> {
  const account = await findAccountByEmail(db, email);
  await appendAudit(db, { actor, action, target: account ? { accountId: account.id } : null, now });
}

/**
 * The first account, from ADMIN_EMAIL and ADMIN_PASSWORD at start-up. Idempotent: an existing account
 * is left as it is (its password may have been changed with the CLI since), so restarts change nothing.
 */
export async function ensureBootstrapAccount(
  db: Db,
  env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string },
  now: Date,
): Promise<'created' | 'unchanged' | 'not-configured'> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return 'not-configured';
  if (await findAccountByEmail(db, env.ADMIN_EMAIL)) return 'unchanged';
  const outcome = await upsertAccount(db, {
    email: env.ADMIN_EMAIL,
    passwordHash: await hashPassword(env.ADMIN_PASSWORD),
    replacePassword: false,
    now,
  });
  if (outcome === 'created') await auditAccount(db, 'system', 'account-created', env.ADMIN_EMAIL, now);
  return outcome === 'created' ? 'created' : 'unchanged';
}

/** `npm run admin:user`: creates an account or sets a new password (and signs that account out everywhere). */
export async function setAccount(db: Db, input: { email: string; password: string }, now: Date): Promise<'created' | 'updated'> {
  const { email, password } = accountInputSchema.parse(input);
  const outcome = await upsertAccount(db, { email, passwordHash: await hashPassword(password), replacePassword: true, now });
  if (outcome === 'updated') {
    const account = await findAccountByEmail(db, email);
    if (account) await revokeAccountSessions(db, account.id, now);
    await auditAccount(db, 'cli', 'password-changed', email, now);
    return 'updated';
  }
  await auditAccount(db, 'cli', 'account-created', email, now);
  return 'created';
}

/**
 * `npm run admin:user -- --remove`: deletes a secretariat account and every session of it (signed out at
 * once), and records it in the audit log. The account named by ADMIN_EMAIL comes back at the next start-up
 * while ADMIN_EMAIL and ADMIN_PASSWORD are set; `onlyFromEnvironment` tells the caller so.
 */
export async function removeAccount(
  db: Db,
  email: string,
  now: Date,
  env: { ADMIN_EMAIL?: string } = {},
): Promise<{ removed: boolean; onlyFromEnvironment: boolean }> {
  // The removal and its audit entry commit together; the entry names the account by id, never by address.
  const removed = await db.transaction().execute(async (trx) => {
    const account = await findAccountByEmail(trx, email);
    if (!account || !(await deleteAccount(trx, email))) return false;
    await appendAudit(trx, { actor: 'cli', action: 'account-removed', target: { accountId: account.id }, now });
    return true;
  });
  return { removed, onlyFromEnvironment: Boolean(env.ADMIN_EMAIL && env.ADMIN_EMAIL.trim().toLowerCase() === email.trim().toLowerCase()) };
}
