import 'server-only';
import { randomUUID } from 'node:crypto';
import type { FailureCounts } from '@/lib/auth/throttle';
import type { Db } from './client';
import './admin-schema';

/**
 * Records a sign-in attempt before its password is checked. The row counts as a failure unless the
 * attempt succeeds (a success deletes the account's rows, this one with them); a refused attempt and a
 * crash leave it counted.
 */
export async function recordSignInFailure(db: Db, input: { emailKey: string; clientKey: string; now: Date }): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ id: randomUUID(), email_key: input.emailKey, client_key: input.clientKey, at: input.now.toISOString() })
    .execute();
}

/** Failures (and attempts in progress) since `since` for the account and for the client, with the oldest of each. */
export async function countSignInFailures(
  db: Db,
  input: { emailKey: string; clientKey: string; since: Date },
): Promise<FailureCounts> {
  const since = input.since.toISOString();
  const [account, client] = await Promise.all(
    (['email_key', 'client_key'] as const).map((column) =>
      db
        .selectFrom('sign_in_failures')
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('at').as('oldest')])
        .where(column, '=', column === 'email_key' ? input.emailKey : input.clientKey)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow(),
    ),
  );
  return {
    accountFailures: Number(account?.n ?? 0),
    clientFailures: Number(client?.n ?? 0),
    oldestAccountFailure: account?.oldest ? new Date(account.oldest) : null,
    oldestClientFailure: client?.oldest ? new Date(client.oldest) : null,
  };
}

export async function clearAccountFailures(db: Db, emailKey: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('email_key', '=', emailKey).execute();
}

export async function pruneSignInFailures(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('at', '<', before.toISOString()).execute();
}
