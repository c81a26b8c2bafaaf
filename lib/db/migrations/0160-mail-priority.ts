import type { Kysely } from 'kysely';

/**
 * Mail priority (issue 15): mail a person is waiting for (a confirmation link) leaves before notifications
 * and bulk mail queued earlier. The due index leads with the priority so the sender's claim reads it in
 * order. Mail already queued becomes a notification (1), except the kinds a person waits for (0).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time (see 0001) */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mail_queue')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .updateTable('mail_queue')
    .set({ priority: 0 })
    .where('kind', 'in', ['registrant', 'change', 'manage-link', 'no-registration'])
    .execute();
  await db.schema.dropIndex('mail_queue_due_idx').execute();
  await db.schema.createIndex('mail_queue_due_idx').on('mail_queue').columns(['status', 'priority', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('mail_queue_due_idx').execute();
  await db.schema.createIndex('mail_queue_due_idx').on('mail_queue').columns(['status', 'next_attempt_at']).execute();
  await db.schema.alterTable('mail_queue').dropColumn('priority').execute();
}
