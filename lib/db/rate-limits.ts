import 'server-only';
import { sql } from 'kysely';
import type { Db } from './client';

/**
 * Counts one hit for `key` in the current fixed window of `windowSeconds` and returns the count so far,
 * in one atomic statement (an upsert), so that several instances on one database share the limit without
 * races. `db` may be a transaction, so that the hit commits (or not) with the work it limits.
 */
export async function hitRateLimit(db: Db, key: string, options: { now: Date; windowSeconds: number }): Promise<number> {
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % options.windowSeconds);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, window_end: windowStart + options.windowSeconds, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
        window_start: sql<number>`excluded.window_start`,
        window_end: sql<number>`excluded.window_end`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Seconds until the window that holds `now` ends: how long a limited client has to wait. */
export function secondsLeftInWindow(now: Date, windowSeconds: number): number {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return windowSeconds - (nowSeconds % windowSeconds);
}

/**
 * Deletes every row whose window has ended by `now`: a client address (or a mailbox's hash) is kept only
 * while it can still count against a limit (S-PRIVACY-2). Returns how many rows went.
 */
export async function pruneRateLimits(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limits').where('window_end', '<=', Math.floor(now.getTime() / 1000)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
