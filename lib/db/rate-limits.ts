import 'server-only';
import { sql } from 'kysely';
import type { Db } from './client';

/**
 * Counts one hit for `key` in the current fixed window and returns the count so far, in one atomic
 * statement (an upsert), so that several instances on one database share the limit without races.
 */
export async function hitRateLimit(db: Db, key: string, options: { now: Date; windowSeconds: number }): Promise<number> {
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % options.windowSeconds);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
        window_start: sql<number>`excluded.window_start`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Forgets windows that ended before `before`, so the table holds only active clients. */
export async function pruneRateLimits(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', Math.floor(before.getTime() / 1000)).execute();
}
