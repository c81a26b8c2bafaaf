import type { Kysely } from 'kysely';

/**
 * Each rate-limit row records when its window ends, so that rows of different windows (the form's minutes,
 * a mailbox's day) are deleted as soon as their own window is over (S-PRIVACY-2). Rows in flight are
 * dropped: at worst a client gets a fresh window once, at the upgrade.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('rate_limits').execute();
  await db.schema
    .alterTable('rate_limits')
    .addColumn('window_end', 'double precision', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('rate_limits_window_end_idx').on('rate_limits').column('window_end').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('rate_limits_window_end_idx').execute();
  await db.schema.alterTable('rate_limits').dropColumn('window_end').execute();
}
