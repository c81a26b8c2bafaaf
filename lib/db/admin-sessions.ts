import 'server-only';
import type { Db } from './client';
import './admin-schema';

export type SessionRecord = {
  tokenHash: string;
  accountId: string;
  email: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
};

export async function insertSession(
  db: Db,
  input: { tokenHash: string; accountId: string; now: Date; expiresAt: Date },
): Promise<void> {
  const now = input.now.toISOString();
  await db
    .insertInto('admin_sessions')
    .values({
      token_hash: input.tokenHash,
      account_id: input.accountId,
      created_at: now,
      last_seen_at: now,
      expires_at: input.expiresAt.toISOString(),
      revoked_at: null,
    })
    .execute();
}

export async function findSession(db: Db, tokenHash: string): Promise<SessionRecord | null> {
  const row = await db
    .selectFrom('admin_sessions')
    .innerJoin('admin_accounts', 'admin_accounts.id', 'admin_sessions.account_id')
    .select([
      'admin_sessions.token_hash',
      'admin_sessions.account_id',
      'admin_accounts.email',
      'admin_sessions.last_seen_at',
      'admin_sessions.expires_at',
      'admin_sessions.revoked_at',
    ])
    .where('admin_sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    email: row.email,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('admin_sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', tokenHash).execute();
}

export async function revokeSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('admin_sessions')
    .set({ revoked_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every session of an account (after a password change). */
export async function revokeAccountSessions(db: Db, accountId: string, now: Date): Promise<void> {
  await db
    .updateTable('admin_sessions')
    .set({ revoked_at: now.toISOString() })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function pruneSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('admin_sessions').where('expires_at', '<', now.toISOString()).execute();
}
