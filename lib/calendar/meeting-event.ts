import type { MeetingFrontmatter } from '@/lib/content/schema';
import { getMessages } from '@/lib/i18n';
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

export function meetingUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/meetings/${encodeURIComponent(slug)}`;
}

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

export function meetingToEvent(meeting: CalendarMeeting, siteUrl: string): CalendarEvent | null {
  const timing = meetingTiming(meeting);
  if (!timing) return null;
  const t = getMessages().feeds;
  const url = meetingUrl(siteUrl, meeting.slug);
  const description = [
    meeting.summary,
    // A cancelled meeting carries no joining details (the same rule as its page).
    ...(meeting.onlineUrl && meeting.format !== 'in-person' && meeting.status !== 'cancelled' ? [`${t.joinOnline} ${meeting.onlineUrl}`] : []),
    `${t.moreInformation} ${url}`,
  ].join('\n\n');
  const status = eventStatus(meeting.status);
  const location = meetingLocation(meeting);
  return {
    uid: meetingUid(meeting.slug),
    sequence: meeting.revision,
    status,
    summary: status === 'CANCELLED' ? `${t.cancelledPrefix}${meeting.title}` : meeting.title,
    description,
    ...(location ? { location } : {}),
    url,
    timing,
  };
}
