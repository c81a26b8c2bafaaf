import type { Kysely } from 'kysely';

/**
 * The registrant's language (S-I18N-3): the ISO 639-1 code of the interface they registered in, which every
 * later mail to them uses. Registrations made before the site had languages were made in English.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('registrations')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('registrations').dropColumn('language').execute();
}
