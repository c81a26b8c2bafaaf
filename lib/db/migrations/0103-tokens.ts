import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registration_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('registration_tokens_expiry_idx').on('registration_tokens').column('expires_at').execute();
  await db.schema.alterTable('registrations').addColumn('confirmed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('registrations').dropColumn('confirmed_at').execute();
  await db.schema.dropTable('registration_tokens').execute();
}
