import type { MeetingFrontmatter } from '@/lib/content/schema';
import { meetingInterval, zoneOffsetMs } from '@/lib/dates';
import { countryCode } from './country-code';

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
  /** The language of the meeting's text (BCP 47): its translation's, or 'en'. */
  inLanguage?: string;
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
 * Start and end as schema.org wants them: a date-time with offset, or a plain date for an all-day
 * meeting. Null for a month-only date: schema.org and Google need a full date, and a month-only meeting
 * has no day to claim (decision 0124).
 */
function eventDates(meeting: EventMeeting): { startDate: string; endDate?: string } | null {
  const { date, timeZone } = meeting;
  if (date.precision === 'month') return null;
  const interval = meetingInterval(date, timeZone);
  if (!interval || interval.allDay || !date.start) return { startDate: date.day, endDate: date.day };
  return {
    startDate: withOffset(date.day, date.start, interval.start, timeZone),
    ...(date.end && interval.end ? { endDate: withOffset(date.day, date.end, interval.end, timeZone) } : {}),
  };
}

function place(meeting: EventMeeting, language: string) {
  const { venue } = meeting;
  if (!venue) return undefined;
  return {
    '@type': 'Place',
    ...(venue.name ? { name: venue.name } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(venue.address ? { streetAddress: venue.address } : {}),
      addressLocality: venue.city,
      // ISO 3166-1 alpha-2, as Google's event rules ask; a name Intl does not know is left out.
      ...(venue.country && countryCode(venue.country, language) ? { addressCountry: countryCode(venue.country, language) } : {}),
    },
  };
}

/** Attendance mode from the format, or from where the meeting takes place when no format is given. */
function attendanceMode(meeting: EventMeeting, physical: boolean, virtual: boolean): string | undefined {
  if (meeting.format) return MODE[meeting.format];
  if (physical && virtual) return MODE.hybrid;
  if (physical) return MODE['in-person'];
  if (virtual) return MODE.online;
  return undefined;
}

/**
 * A schema.org Event for a meeting page, or null when the meeting cannot make a valid one (Google's event
 * rules: a full start date and a location): a month-only date, or no venue and no link.
 */
export function meetingEvent(meeting: EventMeeting, context: EventContext): Record<string, unknown> | null {
  const dates = eventDates(meeting);
  const physical = place(meeting, context.inLanguage ?? 'en');
  // A cancelled meeting offers no way to join it (its link would read as if it still took place), yet an
  // online or hybrid event needs a virtual location by Google's rules: the meeting's own page stands in.
  const virtual =
    meeting.onlineUrl && meeting.format !== 'in-person'
      ? { '@type': 'VirtualLocation', url: meeting.status === 'cancelled' ? context.url : meeting.onlineUrl }
      : undefined;
  const locations = [physical, virtual].filter((l) => l !== undefined);
  if (!dates || locations.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${context.url}#event`,
    name: meeting.title,
    description: meeting.summary,
    url: context.url,
    ...dates,
    eventStatus: STATUS[meeting.status],
    eventAttendanceMode: attendanceMode(meeting, Boolean(physical), Boolean(virtual)),
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: context.organizer.name, url: context.organizer.url },
    ...(context.image ? { image: [context.image] } : {}),
    ...(context.inLanguage ? { inLanguage: context.inLanguage } : {}),
  };
}
