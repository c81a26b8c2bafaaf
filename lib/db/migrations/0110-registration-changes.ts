import type { Kysely } from 'kysely';

/**
 * A submission for an address that already has a registration is kept apart as a proposed change, which
 * only the mailbox's owner can apply (S-FORM-4); its apply link is a registration token that names it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registration_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('organisation_type', 'text', (c) => c.notNull())
    .addColumn('groups', 'text', (c) => c.notNull())
    .addColumn('meeting_slug', 'text')
    .addColumn('contribution', 'text')
    .addColumn('privacy_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('registration_changes_registration_idx').on('registration_changes').column('registration_id').execute();
  await db.schema.createIndex('registration_changes_expiry_idx').on('registration_changes').column('expires_at').execute();
  await db.schema.alterTable('registration_tokens').addColumn('change_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('registration_tokens').dropColumn('change_id').execute();
  await db.schema.dropTable('registration_changes').execute();
}
