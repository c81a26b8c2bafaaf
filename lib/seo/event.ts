import type { MeetingFrontmatter } from '@/lib/content/schema';
import { meetingInterval, zoneOffsetMs } from '@/lib/dates';

/** The fields of a meeting the schema.org Event needs; the loader's Meeting has all of them. */
export type EventMeeting = Pick<
  MeetingFrontmatter,
  'title' | 'summary' | 'status' | 'date' | 'timeZone' | 'format' | 'venue' | 'onlineUrl'
> & { slug: string };

export type EventContext = {
  /** Absolute URL of the meeting page. */
  url: string;
  organizer: { name: string; url: string };
  /** Absolute URL of the sharing image. */
  image?: string;
};

const STATUS: Record<MeetingFrontmatter['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  tbc: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

const MODE: Record<NonNullable<MeetingFrontmatter['format']>, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/** ISO 8601 local date-time with the zone's offset at that instant: 2030-03-31T10:00:00+02:00. */
function withOffset(day: string, time: string, instant: Date, timeZone: string): string {
  const minutes = Math.round(zoneOffsetMs(instant, timeZone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${day}T${time}:00${offset}`;
}

/**
 * Start and end as schema.org wants them: a date-time with offset, a plain date for an all-day meeting,
 * and YYYY-MM for a month-only date (ISO 8601 reduced precision; it claims no day) — decision 0053.
 */
function eventDates(meeting: EventMeeting): { startDate: string; endDate?: string } {
  const { date, timeZone } = meeting;
  if (date.precision === 'month') return { startDate: date.month };
  const interval = meetingInterval(date, timeZone);
  if (!interval || interval.allDay || !date.start) return { startDate: date.day, endDate: date.day };
  return {
    startDate: withOffset(date.day, date.start, interval.start, timeZone),
    ...(date.end && interval.end ? { endDate: withOffset(date.day, date.end, interval.end, timeZone) } : {}),
  };
}

function place(meeting: EventMeeting) {
  const { venue } = meeting;
  if (!venue) return undefined;
  return {
    '@type': 'Place',
    ...(venue.name ? { name: venue.name } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(venue.address ? { streetAddress: venue.address } : {}),
      addressLocality: venue.city,
      ...(venue.country ? { addressCountry: venue.country } : {}),
    },
  };
}

/** A schema.org Event for a meeting page. */
export function meetingEvent(meeting: EventMeeting, context: EventContext): Record<string, unknown> {
  const physical = place(meeting);
  // A cancelled meeting offers no way to join it: its online link would read as if it still took place.
  const joinable = meeting.onlineUrl && meeting.status !== 'cancelled';
  const virtual = joinable ? { '@type': 'VirtualLocation', url: meeting.onlineUrl } : undefined;
  const locations = [physical, virtual].filter((l) => l !== undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${context.url}#event`,
    name: meeting.title,
    description: meeting.summary,
    url: context.url,
    ...eventDates(meeting),
    eventStatus: STATUS[meeting.status],
    ...(meeting.format ? { eventAttendanceMode: MODE[meeting.format] } : {}),
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    organizer: { '@type': 'Organization', name: context.organizer.name, url: context.organizer.url },
    ...(context.image ? { image: [context.image] } : {}),
  };
}
