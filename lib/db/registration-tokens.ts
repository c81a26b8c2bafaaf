import 'server-only';
import type { RegistrationTokensTable } from './admin-schema';
import type { Db } from './client';
import './admin-schema';

export type TokenPurpose = RegistrationTokensTable['purpose'];
export type TokenRecord = {
  registrationId: string;
  purpose: TokenPurpose;
  changeId: string | null;
  expiresAt: string;
  usedAt: string | null;
};

/** Stores a link's token by its SHA-256 (`db` may be a transaction: the token commits with its mail). */
export async function insertToken(
  db: Db,
  input: { tokenHash: string; registrationId: string; purpose: TokenPurpose; changeId?: string | null; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('registration_tokens')
    .values({
      token_hash: input.tokenHash,
      registration_id: input.registrationId,
      purpose: input.purpose,
      change_id: input.changeId ?? null,
      created_at: input.now.toISOString(),
      expires_at: input.expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
}

export async function findToken(db: Db, tokenHash: string): Promise<TokenRecord | null> {
  const row = await db.selectFrom('registration_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row
    ? { registrationId: row.registration_id, purpose: row.purpose, changeId: row.change_id, expiresAt: row.expires_at, usedAt: row.used_at }
    : null;
}

/**
 * Marks a token used, once: true for the one caller that changed it, false when it was used already. Inside
 * a transaction this is the compare-and-set that lets two clicks at once act only once.
 */
export async function markTokenUsed(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('registration_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks every link of a proposed change used (it was applied another way, from the manage page). */
export async function markChangeTokensUsed(db: Db, changeId: string, now: Date): Promise<void> {
  await db
    .updateTable('registration_tokens')
    .set({ used_at: now.toISOString() })
    .where('change_id', '=', changeId)
    .where('used_at', 'is', null)
    .execute();
}

/** Tokens are kept a while past expiry (so an old link still says "expired"), then deleted. */
export async function pruneTokens(db: Db, expiredBefore: Date): Promise<number> {
  const result = await db.deleteFrom('registration_tokens').where('expires_at', '<', expiredBefore.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
