import 'server-only';
import type { Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { getMeetingBySlug, type Meeting } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { answerInvitation, attendanceCounts, fillFreePlaces, findInvitation, listAttendance, meetingMailStoppedAt, setMeetingMailStopped, type Invitation } from '@/lib/db/invitations';
import { findRegistrationById } from '@/lib/db/registration-admin';
import { getSiteKey } from '@/lib/db/site-keys';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { languageOf } from '@/lib/mail/enqueue';
import { queueParticipationMail } from './mailings';
import { meetingRules } from './rules';
import { readParticipationToken } from './tokens';

/**
 * What the attendance and unsubscribe links do. As with the registrant's links (lib/registrant/links.ts),
 * a GET only reads (`read…`), and only the page's button (a POST) acts.
 */
export type AttendanceView =
  | { state: 'invalid' | 'gone' }
  | { state: 'ready' | 'closed' | 'cancelled'; invitation: Invitation; meeting: Meeting; waitingPosition: number | null; full: boolean };

async function invitationFrom(db: Db, token: unknown): Promise<Invitation | 'invalid' | 'gone'> {
  const id = readParticipationToken(await getSiteKey(db, 'participation'), 'attend', token);
  if (!id) return 'invalid';
  return (await findInvitation(db, id)) ?? 'gone';
}

async function waitingPosition(db: Db, invitation: Invitation): Promise<number | null> {
  if (invitation.answer !== 'waiting') return null;
  const rows = await listAttendance(db, invitation.meetingSlug);
  const index = rows.filter((r) => r.answer === 'waiting').findIndex((r) => r.invitationId === invitation.id);
  return index >= 0 ? index + 1 : null;
}

/** The attendance page's GET: the invitation, its meeting in the page's language, and whether answers are open. */
export async function readAttendance(db: Db, token: unknown, now: Date, locale: Locale): Promise<AttendanceView> {
  const invitation = await invitationFrom(db, token);
  if (typeof invitation === 'string') return { state: invitation };
  const meeting = await getMeetingBySlug(invitation.meetingSlug, locale);
  if (!meeting) return { state: 'gone' };
  const counts = await attendanceCounts(db, invitation.meetingSlug);
  const full = meeting.capacity !== undefined && counts.attending >= meeting.capacity;
  const state = meeting.status === 'cancelled' ? 'cancelled' : meetingRules(meeting).acceptsAnswers(now) ? 'ready' : 'closed';
  return { state, invitation, meeting, waitingPosition: await waitingPosition(db, invitation), full };
}

export type AnswerOutcome = 'attending' | 'waiting' | 'declined' | 'unchanged' | 'closed' | 'cancelled' | 'invalid' | 'gone';

/**
 * The attendance page's buttons: stores the answer under the meeting's capacity rule, and, when a place
 * freed by this answer goes to the first person waiting, queues their mail in the same transaction. The
 * caller kicks the mail sender.
 */
export async function answerByToken(db: Db, token: unknown, choice: unknown, now: Date): Promise<AnswerOutcome> {
  if (choice !== 'attend' && choice !== 'decline') return 'invalid';
  const invitation = await invitationFrom(db, token);
  if (typeof invitation === 'string') return invitation;
  const meeting = await getMeetingBySlug(invitation.meetingSlug, DEFAULT_LOCALE);
  if (!meeting) return 'gone';
  if (meeting.status === 'cancelled') return 'cancelled';
  if (!meetingRules(meeting).acceptsAnswers(now)) return 'closed';
  const result = await answerInvitation(db, { invitationId: invitation.id, choice, capacity: meeting.capacity, now }, async (trx, outcome) => {
    if (outcome.promoted) await tellPromoted(trx, outcome.promoted, now);
  });
  if (!result) return 'gone';
  return result.unchanged ? 'unchanged' : result.answer;
}

/** The mail to someone just given a place from the waiting list, in the transaction that gave it. */
async function tellPromoted(trx: Transaction<Database>, promoted: Invitation, now: Date): Promise<void> {
  const registration = await findRegistrationById(trx as unknown as Db, promoted.registrationId);
  if (!registration) return;
  await queueParticipationMail(trx, {
    recipient: { registrationId: registration.id, fullName: registration.fullName, email: registration.email, language: languageOf(registration), reference: registration.reference },
    invitationId: promoted.id,
    slug: promoted.meetingSlug,
    now,
    kind: 'promoted',
    occasion: null,
  });
}

/**
 * After a meeting's capacity was raised: the free places go to those waiting, in order, each told by mail
 * (the secretariat's button). Returns how many were given a place.
 */
export async function givePlacesToWaiting(db: Db, meeting: Meeting, now: Date): Promise<number> {
  if (!meeting.capacity || !meetingRules(meeting).acceptsAnswers(now)) return 0;
  const promoted = await fillFreePlaces(db, { slug: meeting.slug, capacity: meeting.capacity, now }, (trx, p) => tellPromoted(trx, p, now));
  return promoted.length;
}

export type UnsubscribeState = 'ready' | 'already' | 'invalid' | 'gone';

async function registrationFrom(db: Db, token: unknown): Promise<string | 'invalid'> {
  return readParticipationToken(await getSiteKey(db, 'participation'), 'unsubscribe', token) ?? 'invalid';
}

/** The unsubscribe page's GET: reads only. */
export async function readUnsubscribe(db: Db, token: unknown): Promise<UnsubscribeState> {
  const id = await registrationFrom(db, token);
  if (id === 'invalid') return 'invalid';
  const stopped = await meetingMailStoppedAt(db, id);
  if (stopped === undefined) return 'gone';
  return stopped ? 'already' : 'ready';
}

/**
 * Stops meeting mail for the registrant the token names (the page's button, and the RFC 8058 one-click
 * POST): every later participation mailing leaves them out. A second POST changes nothing.
 */
export async function unsubscribeByToken(db: Db, token: unknown, now: Date): Promise<'done' | 'already' | 'invalid' | 'gone'> {
  const id = await registrationFrom(db, token);
  if (id === 'invalid') return 'invalid';
  const stopped = await meetingMailStoppedAt(db, id);
  if (stopped === undefined) return 'gone';
  if (stopped) return 'already';
  return (await setMeetingMailStopped(db, id, now)) ? 'done' : 'gone';
}
