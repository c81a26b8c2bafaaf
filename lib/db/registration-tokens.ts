import 'server-only';
import type { Transaction } from 'kysely';
import type { Db } from './client';
import type { Database } from './schema';
import './admin-schema';

export type TokenPurpose = 'confirm' | 'withdraw';
export type TokenRecord = { registrationId: string; purpose: TokenPurpose; expiresAt: string; usedAt: string | null };

export async function insertToken(
  db: Db | Transaction<Database>,
  input: { tokenHash: string; registrationId: string; purpose: TokenPurpose; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('registration_tokens')
    .values({
      token_hash: input.tokenHash,
      registration_id: input.registrationId,
      purpose: input.purpose,
      created_at: input.now.toISOString(),
      expires_at: input.expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
}

export async function findToken(db: Db | Transaction<Database>, tokenHash: string): Promise<TokenRecord | null> {
  const row = await db.selectFrom('registration_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row ? { registrationId: row.registration_id, purpose: row.purpose, expiresAt: row.expires_at, usedAt: row.used_at } : null;
}

export async function markTokenUsed(db: Db | Transaction<Database>, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('registration_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .execute();
}

/** Tokens are kept a while past expiry (so an old link still says "expired"), then deleted. */
export async function pruneTokens(db: Db, expiredBefore: Date): Promise<void> {
  await db.deleteFrom('registration_tokens').where('expires_at', '<', expiredBefore.toISOString()).execute();
}
