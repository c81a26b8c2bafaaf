import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from './client';
import './admin-schema';

export type AdminAccount = { id: string; email: string; passwordHash: string };

export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

export async function findAccountByEmail(db: Db, email: string): Promise<AdminAccount | null> {
  const row = await db
    .selectFrom('admin_accounts')
    .select(['id', 'email', 'password_hash'])
    .where('email_key', '=', accountKey(email))
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, passwordHash: row.password_hash } : null;
}

/**
 * Creates the account, or (with `replacePassword`) sets a new password on an existing one.
 * Returns what happened; a concurrent creation of the same address is caught by the unique key.
 */
export async function upsertAccount(
  db: Db,
  input: { email: string; passwordHash: string; replacePassword: boolean; now: Date },
): Promise<'created' | 'updated' | 'unchanged'> {
  const now = input.now.toISOString();
  const inserted = await db
    .insertInto('admin_accounts')
    .values({
      id: randomUUID(),
      email: input.email.trim(),
      email_key: accountKey(input.email),
      password_hash: input.passwordHash,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('email_key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'created';
  if (!input.replacePassword) return 'unchanged';
  await db
    .updateTable('admin_accounts')
    .set({ password_hash: input.passwordHash, updated_at: now })
    .where('email_key', '=', accountKey(input.email))
    .execute();
  return 'updated';
}

/** Deletes an account; its sessions go with it (foreign key, ON DELETE CASCADE). True when one was deleted. */
export async function deleteAccount(db: Db, email: string): Promise<boolean> {
  const result = await db.deleteFrom('admin_accounts').where('email_key', '=', accountKey(email)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Replaces an account's stored hash (a rehash with stronger parameters; the password is unchanged). */
export async function setPasswordHash(db: Db, accountId: string, passwordHash: string, now: Date): Promise<void> {
  await db.updateTable('admin_accounts').set({ password_hash: passwordHash, updated_at: now.toISOString() }).where('id', '=', accountId).execute();
}

export async function countAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('admin_accounts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
