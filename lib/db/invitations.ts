import 'server-only';
import { randomUUID } from 'node:crypto';
import { PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Db } from './client';
import type { AttendanceAnswer } from './participation-schema';
import type { Database } from './schema';
import './admin-schema';
import './participation-schema';

type Executor = Db | Transaction<Database>;

/** Who a meeting's mail may go to: a confirmed registrant who has not stopped meeting mail. */
export type Recipient = { registrationId: string; fullName: string; email: string; language: string; reference: string };

export type Invitation = {
  id: string;
  registrationId: string;
  meetingSlug: string;
  invitedAt: string;
  answer: AttendanceAnswer | null;
  answeredAt: string | null;
  waitingSince: string | null;
};

/** What an invitation reaches: the organising group's registrants, or everyone for the Platform's own meetings. */
export type Audience = { slug: string; body: string };

function toInvitation(r: Database['invitations']): Invitation {
  return {
    id: r.id,
    registrationId: r.registration_id,
    meetingSlug: r.meeting_slug,
    invitedAt: r.invited_at,
    answer: r.answer,
    answeredAt: r.answered_at,
    waitingSince: r.waiting_since,
  };
}

/**
 * Confirmed registrants an invitation to the meeting reaches (S-INVITE-1): those of its organising group
 * (every registrant for a Platform meeting) and those who named the meeting, who have not stopped meeting
 * mail and, unless `includeInvited`, have not been invited to it yet. Ordered by registration.
 */
export async function invitationAudience(db: Executor, audience: Audience, options: { includeInvited?: boolean } = {}): Promise<Recipient[]> {
  let query = db
    .selectFrom('registrations')
    .select(['registrations.id', 'full_name', 'email', 'language', 'reference'])
    .where('confirmed_at', 'is not', null)
    .where('meeting_mail_stopped_at', 'is', null);
  if (audience.body !== 'platform') {
    query = query.where((eb) =>
      eb.or([
        eb('meeting_slug', '=', audience.slug),
        eb.exists(
          eb
            .selectFrom('registration_groups')
            .select('registration_groups.group_id')
            .whereRef('registration_groups.registration_id', '=', 'registrations.id')
            .where('registration_groups.group_id', '=', audience.body),
        ),
      ]),
    );
  }
  if (!options.includeInvited) {
    query = query.where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('invitations').select('invitations.id').whereRef('invitations.registration_id', '=', 'registrations.id').where('invitations.meeting_slug', '=', audience.slug),
        ),
      ),
    );
  }
  const rows = await query.orderBy('created_at').orderBy('registrations.id').execute();
  return rows.map((r) => ({ registrationId: r.id, fullName: r.full_name, email: r.email, language: r.language, reference: r.reference }));
}

/** The meeting's announced state: its revision and status as last told, or null before the first invitation. */
export async function findAnnouncement(db: Executor, slug: string) {
  return (await db.selectFrom('meeting_announcements').selectAll().where('meeting_slug', '=', slug).executeTakeFirst()) ?? null;
}

/** Records the first announcement of a meeting (kept if there is one). */
export async function ensureAnnouncement(db: Executor, input: { slug: string; revision: number; status: string; now: Date }): Promise<void> {
  await db
    .insertInto('meeting_announcements')
    .values({ meeting_slug: input.slug, revision: input.revision, status: input.status, first_announced_at: input.now.toISOString(), last_notice_at: null, outcomes_notice_at: null })
    .onConflict((oc) => oc.column('meeting_slug').doNothing())
    .execute();
}

/** After a change notice: what invitees now know. */
export async function recordNotice(db: Executor, input: { slug: string; revision: number; status: string; now: Date }): Promise<void> {
  await db
    .updateTable('meeting_announcements')
    .set({ revision: input.revision, status: input.status, last_notice_at: input.now.toISOString() })
    .where('meeting_slug', '=', input.slug)
    .execute();
}

export async function recordOutcomesNotice(db: Executor, slug: string, now: Date): Promise<void> {
  await db.updateTable('meeting_announcements').set({ outcomes_notice_at: now.toISOString() }).where('meeting_slug', '=', slug).execute();
}

/**
 * Claims one occasion of participation mail for one person (S-INVITE-3: sent once): true for the one
 * caller whose row went in, false if the mail was already claimed, by this or another instance. Called in
 * the transaction that queues the mail, so the claim and the mail commit together or not at all.
 */
export async function claimMailOccasion(
  db: Executor,
  input: { slug: string; registrationId: string; kind: string; occasion: string; now: Date },
): Promise<boolean> {
  const result = await db
    .insertInto('participation_mail_log')
    .values({ meeting_slug: input.slug, registration_id: input.registrationId, kind: input.kind, occasion: input.occasion, created_at: input.now.toISOString() })
    .onConflict((oc) => oc.columns(['meeting_slug', 'registration_id', 'kind', 'occasion']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Creates the person's invitation to a meeting; null if they already have one (one invitation per person). */
export async function createInvitation(db: Executor, input: { registrationId: string; slug: string; now: Date }): Promise<string | null> {
  const id = randomUUID();
  const result = await db
    .insertInto('invitations')
    .values({ id, registration_id: input.registrationId, meeting_slug: input.slug, invited_at: input.now.toISOString(), answer: null, answered_at: null, waiting_since: null })
    .onConflict((oc) => oc.columns(['registration_id', 'meeting_slug']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

export async function findInvitation(db: Executor, id: string): Promise<Invitation | null> {
  const row = await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toInvitation(row) : null;
}

export type AttendanceCounts = { invited: number; attending: number; waiting: number; declined: number };

export async function attendanceCounts(db: Executor, slug: string): Promise<AttendanceCounts> {
  const rows = await db
    .selectFrom('invitations')
    .select(['answer', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('meeting_slug', '=', slug)
    .groupBy('answer')
    .execute();
  const counts: AttendanceCounts = { invited: 0, attending: 0, waiting: 0, declined: 0 };
  for (const r of rows) {
    counts.invited += Number(r.n);
    if (r.answer) counts[r.answer] += Number(r.n);
  }
  return counts;
}

/**
 * Serialises every change of one meeting's attendance: on PostgreSQL a transaction-scoped advisory lock
 * on the meeting (taken until commit); SQLite transactions already run one at a time (BEGIN IMMEDIATE,
 * lib/db/sqlite-dialect.ts). Without it two "I will attend" for the last place, each counting the other's
 * row as not yet there, would both take it.
 */
async function lockMeeting(trx: Transaction<Database>, slug: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtext(${`attendance:${slug}`}))`.execute(trx);
  }
}

export type AnswerResult = {
  /** The answer now stored. */
  answer: AttendanceAnswer;
  /** True when the stored answer was already this one (a second click). */
  unchanged: boolean;
  /** The invitation moved from the waiting list to a place by this change (to be told by mail). */
  promoted: Invitation | null;
};

/**
 * Stores an answer (S-INVITE-2) in one transaction under the meeting's lock: "attend" takes a place while
 * fewer than `capacity` are attending, else joins the waiting list (in order of joining); "decline" gives
 * up a place or a spot on the list, and a freed place goes to the first person waiting. `capacity`
 * undefined: no limit. `afterCommitWork` runs inside the transaction with the result (to queue mail with it).
 * @throws Error('no invitation') when the invitation does not exist (erased meanwhile)
 */
export async function answerInvitation(
  db: Db,
  input: { invitationId: string; choice: 'attend' | 'decline'; capacity: number | undefined; now: Date },
  withResult?: (trx: Transaction<Database>, result: AnswerResult, invitation: Invitation) => Promise<void>,
): Promise<AnswerResult | null> {
  return db.transaction().execute(async (trx) => {
    const first = await findInvitation(trx, input.invitationId);
    if (!first) return null;
    await lockMeeting(trx, first.meetingSlug);
    const invitation = (await findInvitation(trx, input.invitationId))!;
    const now = input.now.toISOString();
    let result: AnswerResult;
    if (input.choice === 'attend') {
      if (invitation.answer === 'attending' || invitation.answer === 'waiting') {
        result = { answer: invitation.answer, unchanged: true, promoted: null };
      } else {
        const { attending } = await attendanceCounts(trx, invitation.meetingSlug);
        const answer: AttendanceAnswer = input.capacity === undefined || attending < input.capacity ? 'attending' : 'waiting';
        await trx
          .updateTable('invitations')
          .set({ answer, answered_at: now, waiting_since: answer === 'waiting' ? now : null })
          .where('id', '=', invitation.id)
          .execute();
        result = { answer, unchanged: false, promoted: null };
      }
    } else if (invitation.answer === 'declined') {
      result = { answer: 'declined', unchanged: true, promoted: null };
    } else {
      await trx.updateTable('invitations').set({ answer: 'declined', answered_at: now, waiting_since: null }).where('id', '=', invitation.id).execute();
      const promoted = invitation.answer === 'attending' ? await promoteFirstWaiting(trx, invitation.meetingSlug, input.capacity, input.now) : null;
      result = { answer: 'declined', unchanged: false, promoted };
    }
    if (withResult) await withResult(trx, result, invitation);
    return result;
  });
}

/**
 * Gives every free place to those waiting, in order (after the capacity was raised), under the meeting's
 * lock; `withPromoted` queues each person's mail in the same transaction. Returns those promoted.
 */
export async function fillFreePlaces(
  db: Db,
  input: { slug: string; capacity: number; now: Date },
  withPromoted: (trx: Transaction<Database>, promoted: Invitation) => Promise<void>,
): Promise<Invitation[]> {
  return db.transaction().execute(async (trx) => {
    await lockMeeting(trx, input.slug);
    const promoted: Invitation[] = [];
    for (let next = await promoteFirstWaiting(trx, input.slug, input.capacity, input.now); next; next = await promoteFirstWaiting(trx, input.slug, input.capacity, input.now)) {
      await withPromoted(trx, next);
      promoted.push(next);
    }
    return promoted;
  });
}

/** Gives a free place (if any) to the first person on the waiting list; call under the meeting's lock. */
async function promoteFirstWaiting(trx: Transaction<Database>, slug: string, capacity: number | undefined, now: Date): Promise<Invitation | null> {
  const { attending } = await attendanceCounts(trx, slug);
  if (capacity !== undefined && attending >= capacity) return null;
  const next = await trx
    .selectFrom('invitations')
    .selectAll()
    .where('meeting_slug', '=', slug)
    .where('answer', '=', 'waiting')
    .orderBy('waiting_since')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!next) return null;
  await trx.updateTable('invitations').set({ answer: 'attending', answered_at: now.toISOString(), waiting_since: null }).where('id', '=', next.id).execute();
  return { ...toInvitation(next), answer: 'attending', waitingSince: null };
}

export type AttendeeRow = {
  invitationId: string;
  registrationId: string;
  reference: string;
  fullName: string;
  email: string;
  organisation: string;
  country: string;
  language: string;
  answer: AttendanceAnswer | null;
  answeredAt: string | null;
  invitedAt: string;
  /** 1-based place on the waiting list; null for anyone not waiting. */
  waitingPosition: number | null;
};

/** Everyone invited to a meeting with their answer: attending first (by answer time), then waiting (in order), then the rest. */
export async function listAttendance(db: Executor, slug: string): Promise<AttendeeRow[]> {
  const rows = await db
    .selectFrom('invitations')
    .innerJoin('registrations', 'registrations.id', 'invitations.registration_id')
    .select(['reference', 'full_name', 'email', 'organisation', 'country', 'language', 'answer', 'answered_at', 'invited_at', 'waiting_since', 'invitations.id', 'invitations.registration_id'])
    .where('invitations.meeting_slug', '=', slug)
    .execute();
  const rank = (a: AttendanceAnswer | null) => (a === 'attending' ? 0 : a === 'waiting' ? 1 : a === 'declined' ? 3 : 2);
  const sortKey = (r: (typeof rows)[number]) => (r.answer === 'waiting' ? r.waiting_since : r.answered_at) ?? r.invited_at;
  rows.sort((a, b) => rank(a.answer) - rank(b.answer) || sortKey(a).localeCompare(sortKey(b)) || a.id.localeCompare(b.id));
  let waiting = 0;
  return rows.map((r) => ({
    invitationId: r.id,
    registrationId: r.registration_id,
    reference: r.reference,
    fullName: r.full_name,
    email: r.email,
    organisation: r.organisation,
    country: r.country,
    language: r.language,
    answer: r.answer,
    answeredAt: r.answered_at,
    invitedAt: r.invited_at,
    waitingPosition: r.answer === 'waiting' ? ++waiting : null,
  }));
}

/** People invited to a meeting, with their answers, who still get meeting mail: the audience of reminders and notices. */
export async function invitedRecipients(db: Executor, slug: string, answers: readonly (AttendanceAnswer | null)[]): Promise<(Recipient & { invitationId: string })[]> {
  const named = answers.filter((a): a is AttendanceAnswer => a !== null);
  const rows = await db
    .selectFrom('invitations')
    .innerJoin('registrations', 'registrations.id', 'invitations.registration_id')
    .select(['invitations.id as invitationId', 'registrations.id as registrationId', 'full_name', 'email', 'language', 'reference'])
    .where('invitations.meeting_slug', '=', slug)
    .where('registrations.meeting_mail_stopped_at', 'is', null)
    .where((eb) => {
      const parts = [];
      if (named.length > 0) parts.push(eb('invitations.answer', 'in', named));
      if (answers.includes(null)) parts.push(eb('invitations.answer', 'is', null));
      return eb.or(parts);
    })
    .orderBy('invitations.invited_at')
    .orderBy('invitations.id')
    .execute();
  return rows.map((r) => ({ invitationId: r.invitationId, registrationId: r.registrationId, fullName: r.full_name, email: r.email, language: r.language, reference: r.reference }));
}

/** One registrant's invitations (the manage page and its JSON download). */
export async function invitationsOf(db: Executor, registrationId: string): Promise<Invitation[]> {
  const rows = await db.selectFrom('invitations').selectAll().where('registration_id', '=', registrationId).orderBy('invited_at').execute();
  return rows.map(toInvitation);
}

/** Stops (or restarts, with null) every later participation mailing to a registrant (S-INVITE-4); false if it is gone. */
export async function setMeetingMailStopped(db: Executor, registrationId: string, at: Date | null): Promise<boolean> {
  const result = await db
    .updateTable('registrations')
    .set({ meeting_mail_stopped_at: at ? at.toISOString() : null })
    .where('id', '=', registrationId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function meetingMailStoppedAt(db: Executor, registrationId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('registrations').select('meeting_mail_stopped_at').where('id', '=', registrationId).executeTakeFirst();
  return row ? row.meeting_mail_stopped_at : undefined;
}
