import { CRLF, cleanUri, contentLine, escapeText } from './ics-text';
import { BRUSSELS_VTIMEZONE, CALENDAR_TIME_ZONE } from './vtimezone';

export const PRODID = '-//DEI Platform//Meetings calendar//EN';

/** When an event happens, already resolved from a meeting's date (see meeting-event.ts). */
export type EventTiming =
  /** A whole day (or days): DTSTART;VALUE=DATE, DTEND exclusive. Days are YYYY-MM-DD. */
  | { kind: 'all-day'; day: string; endDay: string }
  /** Wall-clock times in Europe/Brussels, written with TZID. Times are YYYY-MM-DDTHH:MM. */
  | { kind: 'brussels'; start: string; end?: string }
  /** Instants written in UTC (meetings in any other zone). */
  | { kind: 'utc'; start: Date; end?: Date };

export type CalendarEvent = {
  uid: string;
  sequence: number;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  summary: string;
  description?: string;
  location?: string;
  url: string;
  timing: EventTiming;
};

export type CalendarInput = {
  /**
   * A calendar to subscribe to has a name (X-WR-CALNAME, X-WR-CALDESC, X-WR-TIMEZONE); a single meeting's
   * file has none: Outlook reads a calendar name as "add a new calendar" instead of one appointment.
   */
  name?: string;
  description?: string;
  events: readonly CalendarEvent[];
  /** DTSTAMP: when this iCalendar object was created (the build). */
  now: Date;
  /**
   * An iTIP message (RFC 5546) instead of a published file: METHOD:REQUEST for an invitation or an
   * update, METHOD:CANCEL for a cancellation, with the ORGANIZER RFC 5546 3.2 requires and the one
   * ATTENDEE it is sent to. Calendar programs match it to the entry they hold by UID and apply it when
   * its SEQUENCE is not lower.
   */
  itip?: { method: 'REQUEST' | 'CANCEL'; organizer: { name: string; email: string }; attendee: { name: string; email: string } };
};

const compactDay = (day: string) => day.replaceAll('-', '');
const compactLocal = (local: string) => `${compactDay(local.slice(0, 10))}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
const compactUtc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

function timingLines(timing: EventTiming): string[] {
  switch (timing.kind) {
    case 'all-day':
      return [
        contentLine('DTSTART', compactDay(timing.day), { VALUE: 'DATE' }),
        contentLine('DTEND', compactDay(timing.endDay), { VALUE: 'DATE' }),
      ];
    case 'brussels':
      return [
        contentLine('DTSTART', compactLocal(timing.start), { TZID: CALENDAR_TIME_ZONE }),
        ...(timing.end ? [contentLine('DTEND', compactLocal(timing.end), { TZID: CALENDAR_TIME_ZONE })] : []),
      ];
    case 'utc':
      return [
        contentLine('DTSTART', compactUtc(timing.start)),
        ...(timing.end ? [contentLine('DTEND', compactUtc(timing.end))] : []),
      ];
  }
}

function partyLines(itip: CalendarInput['itip']): string[] {
  if (!itip) return [];
  return [
    contentLine('ORGANIZER', `mailto:${itip.organizer.email}`, { CN: itip.organizer.name }),
    contentLine('ATTENDEE', `mailto:${itip.attendee.email}`, { CN: itip.attendee.name, ROLE: 'REQ-PARTICIPANT', RSVP: 'FALSE' }),
  ];
}

function eventLines(event: CalendarEvent, now: Date, itip?: CalendarInput['itip']): string[] {
  return [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    contentLine('DTSTAMP', compactUtc(now)),
    ...partyLines(itip),
    ...timingLines(event.timing),
    contentLine('SEQUENCE', String(event.sequence)),
    contentLine('STATUS', event.status),
    contentLine('SUMMARY', escapeText(event.summary)),
    ...(event.description ? [contentLine('DESCRIPTION', escapeText(event.description))] : []),
    ...(event.location ? [contentLine('LOCATION', escapeText(event.location))] : []),
    contentLine('URL', cleanUri(event.url), { VALUE: 'URI' }),
    'END:VEVENT',
  ];
}

/**
 * Writes a complete VCALENDAR. The VTIMEZONE is always present, so a calendar with no event (a group
 * with no dated meeting yet) is still a valid iCalendar object with one component. No METHOD: a
 * published file is not an iTIP message, and METHOD:PUBLISH would require an ORGANIZER on every event
 * (RFC 5546 3.2.1), which libical's strict check enforces (decision 0124).
 */
export function writeCalendar({ name, description, events, now, itip }: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    ...(itip ? [contentLine('METHOD', itip.method)] : []),
    ...(name
      ? [
          contentLine('X-WR-CALNAME', escapeText(name)),
          ...(description ? [contentLine('X-WR-CALDESC', escapeText(description))] : []),
          contentLine('X-WR-TIMEZONE', CALENDAR_TIME_ZONE),
        ]
      : []),
    BRUSSELS_VTIMEZONE,
    ...events.flatMap((e) => eventLines(e, now, itip)),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
