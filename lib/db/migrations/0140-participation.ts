import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * From interest to participation (S-INVITE): invitations with each person's answer and place on the
 * waiting list, the meetings' announced state (also the row a capacity check locks), a once-only log of
 * participation mail, the registrant's choice to receive no more meeting mail, the mail queue's extras
 * (headers, calendar parts) and the key that signs the links in participation mail.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_announcements')
    .addColumn('meeting_slug', 'text', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_announced_at', 'text', (c) => c.notNull())
    .addColumn('last_notice_at', 'text')
    .addColumn('outcomes_notice_at', 'text')
    .execute();
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
    .addColumn('meeting_slug', 'text', (c) => c.notNull())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('waiting_since', 'text')
    .addUniqueConstraint('invitations_person_meeting_unique', ['registration_id', 'meeting_slug'])
    .execute();
  await db.schema.createIndex('invitations_meeting_idx').on('invitations').columns(['meeting_slug', 'answer']).execute();
  await db.schema
    .createTable('participation_mail_log')
    .addColumn('meeting_slug', 'text', (c) => c.notNull())
    .addColumn('registration_id', 'text', (c) => c.notNull().references('registrations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('participation_mail_log_pk', ['meeting_slug', 'registration_id', 'kind', 'occasion'])
    .execute();
  await db.schema.createIndex('participation_mail_log_registration_idx').on('participation_mail_log').column('registration_id').execute();
  await db.schema.alterTable('registrations').addColumn('meeting_mail_stopped_at', 'text').execute();
  await db.schema.alterTable('mail_queue').addColumn('extras', 'text').execute();
  await db
    .insertInto('site_keys')
    .values({ name: 'participation', secret: randomBytes(32).toString('base64url'), created_at: new Date().toISOString() })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('site_keys').where('name', '=', 'participation').execute();
  await db.schema.alterTable('mail_queue').dropColumn('extras').execute();
  await db.schema.alterTable('registrations').dropColumn('meeting_mail_stopped_at').execute();
  await db.schema.dropTable('participation_mail_log').execute();
  await db.schema.dropTable('invitations').execute();
  await db.schema.dropTable('meeting_announcements').execute();
}
