import 'server-only';
import type { Transaction } from 'kysely';
import { meetingLocation, meetingToEvent } from '@/lib/calendar/meeting-event';
import { getMeetingCalendar } from '@/lib/calendar';
import { writeCalendar } from '@/lib/calendar/write-calendar';
import { getBodyById, getMeetingBySlug, type Meeting } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import {
  claimMailOccasion,
  createInvitation,
  ensureAnnouncement,
  findAnnouncement,
  invitationAudience,
  invitedRecipients,
  recordNotice,
  recordOutcomesNotice,
  type Recipient,
} from '@/lib/db/invitations';
import { enqueueMail } from '@/lib/db/mail-queue';
import type { Database } from '@/lib/db/schema';
import { getSiteKey } from '@/lib/db/site-keys';
import { getEnv } from '@/lib/env';
import { getDateFormat } from '@/lib/i18n/date-format';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { isHeaderSafeAddress } from '@/lib/mail/compose';
import { languageOf, manageLinks, pageLink } from '@/lib/mail/enqueue';
import { listUnsubscribeHeaders, type MailExtras } from '@/lib/mail/extras';
import { tokenLink } from '@/lib/mail/links';
import { bodyNames } from '@/lib/site/bodies';
import { composeParticipationMail, type MeetingLines, type ParticipationMailInput, type ParticipationMailKind } from './compose';
import { meetingRules } from './rules';
import { signParticipationToken } from './tokens';

export const ATTENDANCE_PATH = '/attendance';
export const UNSUBSCRIBE_PATH = '/unsubscribe';
/** The RFC 8058 one-click address: a route that acts on POST (outside the language routing). */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/api/unsubscribe';

type Executor = Db | Transaction<Database>;
/** People are told in groups of this many per transaction: a failure part-way loses no claim and repeats no mail. */
const BATCH = 50;

/** Parses MAIL_FROM ("Name <address>" or an address) into the calendar's ORGANIZER. */
export function organizerFrom(mailFrom: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match ? { name: match[1]!.trim() || match[2]!, email: match[2]!.trim() } : { name: mailFrom.trim(), email: mailFrom.trim() };
}

/** The meeting as the mail names it, in a language. */
export async function meetingLinesFor(meeting: Meeting, locale: Locale): Promise<MeetingLines> {
  const [dates, body, groupWords] = await Promise.all([getDateFormat(locale), getBodyById(meeting.body, locale), getTranslator(locale, 'pages.workingGroups')]);
  const where = meeting.venue ? meetingLocation({ ...meeting, format: 'in-person' }) : undefined;
  return {
    title: meeting.title,
    when: dates.meetingDate(meeting.date, meeting.timeZone, { status: meeting.status }),
    ...(where ? { where } : {}),
    ...(meeting.onlineUrl && meeting.format !== 'in-person' ? { onlineUrl: meeting.onlineUrl } : {}),
    organiser: body ? bodyNames(body, groupWords).name : meeting.body,
    pageUrl: pageLink(`/meetings/${meeting.slug}`, locale),
  };
}

type Occasion = {
  kind: ParticipationMailKind;
  /** What makes it one occasion for the once-only log; null: not logged (a promotion answers one change). */
  occasion: string | null;
  /** Calendar sequence for an update or cancellation. */
  sequence?: number;
  daysBefore?: number;
  postponed?: boolean;
};

/**
 * Queues one participation mail to one person, in their language, inside `trx`, after claiming its
 * occasion (false: already sent, by this or another instance, and nothing is queued).
 */
export async function queueParticipationMail(
  trx: Executor,
  input: { recipient: Recipient; invitationId: string; slug: string; now: Date } & Occasion,
): Promise<boolean> {
  const { recipient, now } = input;
  if (!isHeaderSafeAddress(recipient.email)) return false;
  if (input.occasion !== null) {
    const claimed = await claimMailOccasion(trx, { slug: input.slug, registrationId: recipient.registrationId, kind: input.kind, occasion: input.occasion, now });
    if (!claimed) return false;
  }
  const locale = languageOf(recipient);
  const meeting = await getMeetingBySlug(input.slug, locale);
  if (!meeting) throw new Error(`meeting ${input.slug} is not in the content`);
  const env = getEnv();
  const key = await getSiteKey(trx as Db, 'participation');
  const attendToken = signParticipationToken(key, 'attend', input.invitationId);
  const unsubscribeToken = signParticipationToken(key, 'unsubscribe', recipient.registrationId);
  const [t, lines, manage, dates] = await Promise.all([
    getTranslator(locale, 'participation.mail'),
    meetingLinesFor(meeting, locale),
    manageLinks(trx as Db, recipient.registrationId, now, locale),
    getDateFormat(locale),
  ]);
  const attendUrl = new URL(pageLink(ATTENDANCE_PATH, locale, attendToken));
  const declineUrl = new URL(attendUrl);
  attendUrl.searchParams.set('answer', 'attend');
  declineUrl.searchParams.set('answer', 'decline');
  const rules = meetingRules(meeting);
  const calendar: ParticipationMailInput['calendar'] =
    input.kind === 'cancel' ? 'cancel' : input.kind === 'change' ? 'update' : input.kind === 'invitation' || input.kind === 'reminder' || input.kind === 'promoted' ? 'attached' : undefined;
  const mail = composeParticipationMail(
    {
      kind: input.kind,
      to: { name: recipient.fullName, address: recipient.email },
      meeting: lines,
      links: {
        attendUrl: attendUrl.toString(),
        declineUrl: declineUrl.toString(),
        manageUrl: manage.manageUrl,
        unsubscribeUrl: pageLink(UNSUBSCRIBE_PATH, locale, unsubscribeToken),
        ...(input.kind === 'outcomes' ? { outcomesUrl: `${lines.pageUrl}#outcomes` } : {}),
      },
      ...(rules.answerBy ? { answerBy: dates.day(rules.answerBy) } : {}),
      ...(input.kind === 'invitation' && meeting.capacity ? { places: meeting.capacity } : {}),
      ...(input.daysBefore !== undefined ? { daysBefore: input.daysBefore } : {}),
      ...(input.postponed ? { postponed: true } : {}),
      ...(calendar && meeting.date.precision === 'day' ? { calendar } : {}),
    },
    t,
  );
  const extras: MailExtras = { headers: listUnsubscribeHeaders(tokenLink(env.SITE_URL, ONE_CLICK_UNSUBSCRIBE_PATH, unsubscribeToken)) };
  if (meeting.date.precision === 'day' && (calendar === 'update' || calendar === 'cancel')) {
    const event = meetingToEvent(meeting, env.SITE_URL, { locale, t: await getTranslator(locale, 'feeds') });
    if (event) {
      const method = calendar === 'cancel' ? 'CANCEL' : 'REQUEST';
      const content = writeCalendar({
        events: [{ ...event, sequence: input.sequence ?? event.sequence, ...(method === 'CANCEL' ? { status: 'CANCELLED' as const } : {}) }],
        now,
        itip: { method, organizer: organizerFrom(env.MAIL_FROM), attendee: { name: mail.to.name, email: recipient.email } },
      });
      extras.icalEvent = { method, filename: 'meeting.ics', content };
    }
  } else if (calendar === 'attached' && meeting.date.precision === 'day') {
    const content = await getMeetingCalendar(meeting.slug, now, locale);
    if (content) extras.attachments = [{ filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8', content }];
  }
  await enqueueMail(trx as Db, {
    registrationId: recipient.registrationId,
    kind: `participation-${input.kind}`,
    // A place given to the first person waiting is news for one person, not to sit behind a mailing's batch.
    priority: input.kind === 'promoted' ? 'notification' : 'bulk',
    toName: mail.to.name,
    toAddress: mail.to.address,
    subject: mail.subject,
    bodyText: mail.text,
    now,
    extras,
  });
  return true;
}

async function inBatches<T>(db: Db, items: readonly T[], each: (trx: Transaction<Database>, item: T) => Promise<boolean>): Promise<number> {
  let queued = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    queued += await db.transaction().execute(async (trx) => {
      let n = 0;
      for (const item of items.slice(i, i + BATCH)) if (await each(trx, item)) n += 1;
      return n;
    });
  }
  return queued;
}

/**
 * Sends the meeting's invitation (S-INVITE-1) to everyone it reaches who has not had it: one invitation
 * per person (a unique row), each with its mail in the same transaction. Returns how many were queued.
 * @throws Error when the meeting is unknown or no longer takes answers
 */
export async function announceMeeting(db: Db, slug: string, now: Date): Promise<number> {
  const meeting = await getMeetingBySlug(slug, DEFAULT_LOCALE);
  if (!meeting) throw new Error(`meeting ${slug} is not in the content`);
  if (!meetingRules(meeting).canAnnounce(now)) throw new Error(`meeting ${slug} cannot be announced now`);
  await ensureAnnouncement(db, { slug, revision: meeting.revision, status: meeting.status, now });
  const audience = await invitationAudience(db, { slug, body: meeting.body });
  return inBatches(db, audience, async (trx, recipient) => {
    const invitationId = await createInvitation(trx, { registrationId: recipient.registrationId, slug, now });
    if (!invitationId) return false;
    return queueParticipationMail(trx, { recipient, invitationId, slug, now, kind: 'invitation', occasion: '' });
  });
}

/** The change a deployed meeting shows against what its invitees were last told, or null. */
export type PendingChange = { kind: 'change' | 'cancel'; sequence: number; postponed: boolean; fromRevision: number; toRevision: number; fromStatus: string; toStatus: string };

export function pendingChange(meeting: Pick<Meeting, 'revision' | 'status'>, announced: { revision: number; status: string } | null): PendingChange | null {
  if (!announced) return null;
  if (meeting.revision <= announced.revision && meeting.status === announced.status) return null;
  // A status change with no raised revision still needs a higher SEQUENCE, or calendars ignore it (RFC 5546 2.1.5).
  const sequence = Math.max(meeting.revision, announced.revision + 1);
  const kind = meeting.status === 'cancelled' ? 'cancel' : 'change';
  return { kind, sequence, postponed: meeting.status === 'postponed', fromRevision: announced.revision, toRevision: meeting.revision, fromStatus: announced.status, toStatus: meeting.status };
}

/** Tells invitees (except those who said they cannot attend) how the meeting changed, once per change. */
export async function sendChangeNotice(db: Db, slug: string, now: Date): Promise<number> {
  const meeting = await getMeetingBySlug(slug, DEFAULT_LOCALE);
  if (!meeting) throw new Error(`meeting ${slug} is not in the content`);
  const change = pendingChange(meeting, await findAnnouncement(db, slug));
  if (!change) return 0;
  const recipients = await invitedRecipients(db, slug, [null, 'attending', 'waiting']);
  const queued = await inBatches(db, recipients, (trx, r) =>
    queueParticipationMail(trx, { recipient: r, invitationId: r.invitationId, slug, now, kind: change.kind, occasion: `${change.sequence}-${meeting.status}`, sequence: change.sequence, postponed: change.postponed }),
  );
  await recordNotice(db, { slug, revision: change.sequence, status: meeting.status, now });
  return queued;
}

/** Tells those who attended that the outcomes are published, once. */
export async function sendOutcomesNotice(db: Db, slug: string, now: Date): Promise<number> {
  const meeting = await getMeetingBySlug(slug, DEFAULT_LOCALE);
  if (!meeting?.outcomes) throw new Error(`meeting ${slug} has no published outcomes`);
  const recipients = await invitedRecipients(db, slug, ['attending']);
  const queued = await inBatches(db, recipients, (trx, r) => queueParticipationMail(trx, { recipient: r, invitationId: r.invitationId, slug, now, kind: 'outcomes', occasion: '' }));
  await recordOutcomesNotice(db, slug, now);
  return queued;
}
