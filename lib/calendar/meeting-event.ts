import { localizedPath } from '@/i18n/paths';
import type { MeetingFrontmatter } from '@/lib/content/schema';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import type { CalendarEvent, EventTiming } from './write-calendar';
import { CALENDAR_TIME_ZONE } from './vtimezone';
import { meetingInterval } from '@/lib/dates';

/** The fields of a meeting a calendar needs; the loader's Meeting has all of them. */
export type CalendarMeeting = Pick<
  MeetingFrontmatter,
  'title' | 'summary' | 'status' | 'date' | 'timeZone' | 'format' | 'venue' | 'onlineUrl' | 'revision'
> & { slug: string };

/** Fixed, never derived from SITE_URL, so a UID survives a change of host (decision 0050). */
export const UID_DOMAIN = 'dei-platform';

export function meetingUid(slug: string): string {
  return `${slug}@${UID_DOMAIN}`;
}

/** The meeting's page in a language: `https://…/pl/meetings/<slug>`. */
export function meetingUrl(siteUrl: string, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${siteUrl}${localizedPath(`/meetings/${encodeURIComponent(slug)}`, locale)}`;
}

/**
 * The language a calendar is written in: the words around the meeting's own text (`feeds` messages) and
 * its link. A meeting's UID is the same in every language: it is one event.
 */
export type CalendarWords = { locale: Locale; t: Translate<'feeds'> };

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Null for a month-only date: a calendar event must not claim a day nobody has fixed (decision 0050). */
export function meetingTiming(meeting: Pick<CalendarMeeting, 'date' | 'timeZone'>): EventTiming | null {
  const { date, timeZone } = meeting;
  if (date.precision === 'month') return null;
  if (!date.start) return { kind: 'all-day', day: date.day, endDay: nextDay(date.day) };
  if (timeZone === CALENDAR_TIME_ZONE) {
    return {
      kind: 'brussels',
      start: `${date.day}T${date.start}`,
      ...(date.end ? { end: `${date.day}T${date.end}` } : {}),
    };
  }
  const interval = meetingInterval(date, timeZone);
  if (!interval) return null;
  return { kind: 'utc', start: interval.start, ...(interval.end ? { end: interval.end } : {}) };
}

export function hasCalendarEvent(meeting: Pick<CalendarMeeting, 'date'>): boolean {
  return meeting.date.precision === 'day';
}

function eventStatus(status: CalendarMeeting['status']): CalendarEvent['status'] {
  if (status === 'cancelled') return 'CANCELLED';
  if (status === 'tbc' || status === 'postponed') return 'TENTATIVE';
  return 'CONFIRMED';
}

/** Where the event is: the venue, or the online link of an online meeting that is not cancelled. */
export function meetingLocation(meeting: Pick<CalendarMeeting, 'venue' | 'onlineUrl' | 'format' | 'status'>): string | undefined {
  const { venue } = meeting;
  if (venue) return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ');
  return meeting.format === 'online' && meeting.status !== 'cancelled' ? meeting.onlineUrl : undefined;
}

export function meetingToEvent(meeting: CalendarMeeting, siteUrl: string, { locale, t }: CalendarWords): CalendarEvent | null {
  const timing = meetingTiming(meeting);
  if (!timing) return null;
  const url = meetingUrl(siteUrl, meeting.slug, locale);
  const description = [
    meeting.summary,
    // A cancelled meeting carries no joining details (the same rule as its page).
    ...(meeting.onlineUrl && meeting.format !== 'in-person' && meeting.status !== 'cancelled' ? [`${t('joinOnline')} ${meeting.onlineUrl}`] : []),
    `${t('moreInformation')} ${url}`,
  ].join('\n\n');
  const status = eventStatus(meeting.status);
  const location = meetingLocation(meeting);
  return {
    uid: meetingUid(meeting.slug),
    sequence: meeting.revision,
    status,
    summary: status === 'CANCELLED' ? t('cancelledPrefix', { title: meeting.title }) : meeting.title,
    description,
    ...(location ? { location } : {}),
    url,
    timing,
  };
}
