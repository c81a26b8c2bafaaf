import 'server-only';
import { randomUUID } from 'node:crypto';
import { PostgresAdapter, type Selectable, type Transaction } from 'kysely';
import type { MailQueueTable } from './admin-schema';
import type { Db } from './client';
import type { Database } from './schema';
import './admin-schema';
import { parseExtras, serialiseExtras, type MailExtras } from '@/lib/mail/extras';

/**
 * The order in which due mail leaves (lower first): mail a person is waiting for (a confirmation or manage
 * link, typed a minute ago) before notifications to the secretariat, and both before bulk mailings, so a
 * burst of one kind never holds up the other.
 */
export const MAIL_PRIORITY = { waiting: 0, notification: 1, bulk: 2 } as const;
export type MailPriority = keyof typeof MAIL_PRIORITY;

export type QueuedMail = {
  id: string;
  registrationId: string | null;
  kind: string;
  priority: number;
  toName: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  extras: MailExtras;
};

type Executor = Db | Transaction<Database>;

export async function enqueueMail(
  db: Executor,
  mail: {
    registrationId: string | null;
    kind: string;
    /** Default bulk: only mail someone waits for is marked so. */
    priority?: MailPriority;
    toName: string;
    toAddress: string;
    subject: string;
    bodyText: string;
    now: Date;
    /** List headers and attachments (lib/mail/extras.ts), kept until the message is sent. */
    extras?: MailExtras;
  },
): Promise<string> {
  const id = randomUUID();
  const now = mail.now.toISOString();
  await db
    .insertInto('mail_queue')
    .values({
      id,
      registration_id: mail.registrationId,
      kind: mail.kind,
      priority: MAIL_PRIORITY[mail.priority ?? 'bulk'],
      to_name: mail.toName,
      to_address: mail.toAddress,
      subject: mail.subject,
      body_text: mail.bodyText,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      sent_at: null,
      extras: serialiseExtras(mail.extras),
    })
    .execute();
  return id;
}

function toQueued(r: Selectable<MailQueueTable>): QueuedMail {
  return {
    id: r.id,
    registrationId: r.registration_id,
    kind: r.kind,
    priority: Number(r.priority),
    toName: r.to_name,
    toAddress: r.to_address,
    subject: r.subject,
    bodyText: r.body_text,
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    extras: parseExtras(r.extras),
  };
}

/**
 * Claims up to `limit` due messages, most urgent first (priority, then due time), for `leaseMs`: one
 * statement moves their next attempt to the end of the lease and returns them, so two senders (two
 * instances on one database) never get the same message while its lease runs, and a message whose sender
 * died is due again once the lease has passed. On PostgreSQL the candidate rows are taken with `FOR UPDATE
 * SKIP LOCKED`, so concurrent senders pick different messages instead of queueing on the same ones; SQLite
 * runs one writer at a time. Returns them by priority, oldest first; `leaseUntil` is the end of their lease.
 */
export async function claimDueMail(db: Db, options: { now: Date; leaseMs: number; limit: number }): Promise<{ mail: QueuedMail[]; leaseUntil: Date }> {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // The candidates are chosen once, in a materialised CTE: as `id IN (subquery)`, PostgreSQL may run the
  // subquery again for each row it scans, and its LIMIT then holds per run, not for the statement.
  const rows = await db
    .with(
      (cte) => cte('due').materialized(),
      (qb) => {
        const next = qb
          .selectFrom('mail_queue')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .orderBy('priority')
          .orderBy('next_attempt_at')
          .orderBy('id')
          .limit(options.limit);
        return postgres ? next.forUpdate().skipLocked() : next;
      },
    )
    .updateTable('mail_queue')
    .set({ next_attempt_at: leaseUntil.toISOString() })
    .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
    // Checked again on the rows themselves: without SKIP LOCKED, a sender that waited for another's claim
    // must not take rows that claim has just leased.
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .returningAll()
    .execute();
  // RETURNING has no order; every row now has the lease's time, so the oldest first within a priority.
  const mail = rows.map(toQueued).sort((a, b) => a.priority - b.priority || compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  return { mail, leaseUntil };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One due message, claimed as `claimDueMail` does. */
export async function claimNextMail(db: Db, options: { now: Date; leaseMs: number }): Promise<QueuedMail | null> {
  return (await claimDueMail(db, { ...options, limit: 1 })).mail[0] ?? null;
}

/**
 * Messages claimed until `leaseUntil` and not sent in time are due again at once, for any sender; a row
 * another sender has claimed since (its lease differs) is left alone.
 */
export async function releaseMail(db: Db, ids: readonly string[], options: { leaseUntil: Date; now: Date }): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('mail_queue')
    .set({ next_attempt_at: options.now.toISOString() })
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '=', options.leaseUntil.toISOString())
    .execute();
}

/** Sent: the body (personal data) is no longer needed and is emptied. One statement (one commit) for all of `ids`. */
export async function markMailSent(db: Db, ids: string | readonly string[], now: Date): Promise<void> {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (!list.length) return;
  await db
    .updateTable('mail_queue')
    .set((eb) => ({ status: 'sent', sent_at: now.toISOString(), body_text: '', extras: null, last_error: null, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', list)
    .execute();
}

export async function markMailRetry(
  db: Db,
  id: string,
  input: { error: string; nextAttemptAt: Date; giveUp: boolean },
): Promise<void> {
  await db
    .updateTable('mail_queue')
    .set((eb) => ({
      status: input.giveUp ? 'failed' : 'pending',
      last_error: input.error.slice(0, 500),
      next_attempt_at: input.nextAttemptAt.toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export async function listMail(db: Db, options: { limit: number; offset: number }): Promise<{ mail: QueuedMail[]; total: number; pending: number }> {
  const [rows, total, pending] = await Promise.all([
    db.selectFrom('mail_queue').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(options.limit).offset(options.offset).execute(),
    db.selectFrom('mail_queue').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('mail_queue')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
  ]);
  return { mail: rows.map(toQueued), total: Number(total.n), pending: Number(pending.n) };
}

/** The mail queued for one registration, newest first (shown to its owner on the manage page). */
export async function listMailFor(db: Db, registrationId: string): Promise<QueuedMail[]> {
  const rows = await db
    .selectFrom('mail_queue')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toQueued);
}

/**
 * Sent mail is kept (without its body) for the admin's view, and mail that gave up (with its body, for the
 * admin to read the error), until `before`; then both are forgotten (S-PRIVACY-2).
 */
export async function pruneMail(db: Db, before: Date): Promise<number> {
  const cutoff = before.toISOString();
  const result = await db
    .deleteFrom('mail_queue')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'sent'), eb('sent_at', '<', cutoff)]),
        eb.and([eb('status', '=', 'failed'), eb('created_at', '<', cutoff)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
