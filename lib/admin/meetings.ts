import 'server-only';
import { getMeetingCalendar } from '@/lib/calendar';
import { getMeetingBySlug, getMeetings, type Meeting } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { attendanceCounts, findAnnouncement, invitationAudience, invitedRecipients, type AttendanceCounts } from '@/lib/db/invitations';
import { enqueueMail } from '@/lib/db/mail-queue';
import { getEnv } from '@/lib/env';
import { getDateFormat } from '@/lib/i18n/date-format';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { ComposedMail } from '@/lib/mail/compose';
import { siteLink } from '@/lib/mail/links';
import { composeParticipationMail } from '@/lib/participation/compose';
import { ATTENDANCE_PATH, meetingLinesFor, pendingChange, UNSUBSCRIBE_PATH, type PendingChange } from '@/lib/participation/mailings';
import { meetingRules } from '@/lib/participation/rules';
import { MANAGE_PATH } from '@/lib/mail/links';

/** One meeting as the secretariat's meetings page shows it. */
export type MeetingOverview = {
  meeting: Meeting;
  counts: AttendanceCounts;
  /** Confirmed people an invitation would reach now (not yet invited, not unsubscribed). */
  reach: number;
  canAnnounce: boolean;
  announced: boolean;
  change: PendingChange | null;
  /** Attendees to tell about published outcomes, once (null: nothing to offer). */
  outcomesAudience: number | null;
  /** Invitees (not declined) a change notice would reach. */
  changeAudience: number;
  /** Places free while people wait (the capacity was raised): how many the secretariat can give now. */
  placesForWaiting: number;
};

export async function meetingOverview(db: Db, meeting: Meeting, now: Date): Promise<MeetingOverview> {
  const [counts, audience, announcement] = await Promise.all([
    attendanceCounts(db, meeting.slug),
    invitationAudience(db, { slug: meeting.slug, body: meeting.body }),
    findAnnouncement(db, meeting.slug),
  ]);
  const change = pendingChange(meeting, announcement);
  const changeAudience = change ? (await invitedRecipients(db, meeting.slug, [null, 'attending', 'waiting'])).length : 0;
  const outcomesAudience =
    meeting.outcomes && announcement && !announcement.outcomes_notice_at ? (await invitedRecipients(db, meeting.slug, ['attending'])).length : null;
  const free = meeting.capacity !== undefined ? Math.max(0, meeting.capacity - counts.attending) : counts.waiting;
  const placesForWaiting = meetingRules(meeting).acceptsAnswers(now) ? Math.min(free, counts.waiting) : 0;
  return {
    meeting,
    counts,
    reach: audience.length,
    canAnnounce: meetingRules(meeting).canAnnounce(now),
    announced: announcement !== null,
    change,
    outcomesAudience,
    changeAudience,
    placesForWaiting,
  };
}

/** The meetings the secretariat works with: every one that can be announced, and every one already announced. */
export async function meetingsOverview(db: Db, now: Date): Promise<MeetingOverview[]> {
  const all = await getMeetings(DEFAULT_LOCALE);
  const overviews = await Promise.all(all.map((m) => meetingOverview(db, m, now)));
  return overviews.filter((o) => o.canAnnounce || o.announced);
}

export async function findMeetingForAdmin(slug: string): Promise<Meeting | null> {
  return /^[a-z0-9][a-z0-9-]{0,150}$/.test(slug) ? ((await getMeetingBySlug(slug, DEFAULT_LOCALE)) ?? null) : null;
}

/**
 * The invitation as an English-speaking invitee would get it, for the preview and the test send: the
 * same composition as the real mail, with links whose token is a placeholder that no page accepts.
 */
export async function previewInvitation(meeting: Meeting, to: { name: string; address: string }): Promise<ComposedMail> {
  const siteUrl = getEnv().SITE_URL;
  const [t, lines, dates] = await Promise.all([getTranslator(DEFAULT_LOCALE, 'participation.mail'), meetingLinesFor(meeting, DEFAULT_LOCALE), getDateFormat(DEFAULT_LOCALE)]);
  const placeholder = (path: string, extra = '') => `${siteLink(siteUrl, path)}?token=PREVIEW${extra}`;
  return composeParticipationMail(
    {
      kind: 'invitation',
      to,
      meeting: lines,
      links: {
        attendUrl: placeholder(ATTENDANCE_PATH, '&answer=attend'),
        declineUrl: placeholder(ATTENDANCE_PATH, '&answer=decline'),
        manageUrl: placeholder(MANAGE_PATH),
        unsubscribeUrl: placeholder(UNSUBSCRIBE_PATH),
      },
      ...(meeting.registrationDeadline ? { answerBy: dates.day(meeting.registrationDeadline) } : {}),
      ...(meeting.capacity ? { places: meeting.capacity } : {}),
      ...(meeting.date.precision === 'day' ? { calendar: 'attached' as const } : {}),
    },
    t,
  );
}

/** Queues the preview to the signed-in member's own address, with the meeting's .ics as invitees get it. */
export async function sendTestInvitation(db: Db, meeting: Meeting, to: string, now: Date): Promise<void> {
  const mail = await previewInvitation(meeting, { name: '', address: to });
  const calendar = meeting.date.precision === 'day' ? await getMeetingCalendar(meeting.slug, now, DEFAULT_LOCALE) : null;
  await enqueueMail(db, {
    registrationId: null,
    kind: 'participation-test',
    // The secretariat member is waiting for it, before they send to everyone.
    priority: 'waiting',
    toName: '',
    toAddress: to,
    subject: `[TEST] ${mail.subject}`,
    bodyText: mail.text,
    now,
    ...(calendar ? { extras: { attachments: [{ filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }] } } : {}),
  });
}
