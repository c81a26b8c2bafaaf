import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * Secrets the site makes for itself, shared through the database by every instance: the key that signs
 * the confirmation page's link (lib/registration/receipt.ts), so a page can tell a reference it has just
 * issued from one typed into the address bar.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('site_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('site_keys')
    .values({ name: 'receipt', secret: randomBytes(32).toString('base64url'), created_at: new Date().toISOString() })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('site_keys').execute();
}
