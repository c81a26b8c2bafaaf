import type { MeetingDate, MeetingStatus } from '@/lib/content/schema';
import { getMessages } from '@/lib/i18n';
import { meetingInterval } from './meeting';
import { parseWallTime, zonedTimeToUtc } from './zone';

/** Fills {placeholders} in a message template. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to create and pages format hundreds of dates, so each is made once. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

function names(locale: string, instant: Date, timeZone: string) {
  const part = (options: Intl.DateTimeFormatOptions) => formatter(locale, { timeZone, ...options }).format(instant);
  return { weekday: part({ weekday: 'long' }), month: part({ month: 'long' }) };
}

/** A calendar day written YYYY-MM-DD, as "21 November 2017" (no zone: a day is a day). */
export function formatDay(day: string, options: { weekday?: boolean } = {}): string {
  const t = getMessages().dates;
  const { year, month, day: date } = parseWallTime(day);
  // Noon UTC keeps the same calendar day whatever the formatter's zone.
  const { weekday, month: monthName } = names(t.locale, new Date(Date.UTC(year, month - 1, date, 12)), 'UTC');
  return fill(options.weekday ? t.dayWithWeekday : t.day, { weekday, day: date, month: monthName, year });
}

/** An instant (ISO 8601, UTC) as "29 November 2026, 23:05 UTC": records such as when consent was given. */
export function formatInstant(iso: string): string {
  const t = getMessages().dates;
  return fill(t.instant, { date: formatDay(iso.slice(0, 10)), time: iso.slice(11, 16), zone: t.zoneUtc });
}

/** A month written YYYY-MM, as "June 2018", or "June 2018 (to be confirmed)". */
export function formatMonth(month: string, options: { toBeConfirmed?: boolean } = {}): string {
  const t = getMessages().dates;
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const { month: monthName } = names(t.locale, new Date(Date.UTC(year, monthNumber - 1, 15)), 'UTC');
  return fill(options.toBeConfirmed ? t.monthToBeConfirmed : t.month, { month: monthName, year });
}

/** "Brussels time (CET)" at a given instant (CEST in summer). */
export function formatZone(timeZone: string, at: Date): string {
  const t = getMessages().dates;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return t.zoneUtc;
  const city = (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
  const abbreviation =
    formatter(t.locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return fill(t.zone, { city, abbreviation });
}

/**
 * The zone as it applies to a meeting: at its start time, or at noon of its day (on a switch day the
 * abbreviation in force during working hours), or mid-month for a month-only date.
 * "Brussels time (CEST)" for 10:00 on 31 March 2030, although that day began in CET.
 */
export function formatMeetingZone(date: MeetingDate, timeZone: string): string {
  const interval = meetingInterval(date, timeZone);
  if (interval && !interval.allDay) return formatZone(timeZone, interval.start);
  const wall = date.precision === 'day' ? parseWallTime(date.day, '12:00') : parseWallTime(`${date.month}-15`, '12:00');
  return formatZone(timeZone, zonedTimeToUtc(wall, timeZone));
}

/**
 * A meeting's date as a sentence: "Tuesday 21 November 2017, 10:00 to 12:30 Brussels time (CET)";
 * "Tuesday 21 November 2017" without times; "June 2018 (to be confirmed)" for a month-only date, or just
 * "December 2031" once such a meeting is cancelled (nothing is left to confirm).
 * Times are the wall times written in the file, in the meeting's own zone.
 */
export function formatMeetingDate(date: MeetingDate, timeZone: string, options: { status?: MeetingStatus } = {}): string {
  const t = getMessages().dates;
  if (date.precision === 'month') return formatMonth(date.month, { toBeConfirmed: options.status !== 'cancelled' });
  const day = formatDay(date.day, { weekday: true });
  const interval = meetingInterval(date, timeZone);
  if (!interval || interval.allDay || !date.start) return day;
  const zone = formatZone(timeZone, interval.start);
  return date.end
    ? fill(t.timeRange, { date: day, start: date.start, end: date.end, zone })
    : fill(t.timeStart, { date: day, start: date.start, zone });
}

/**
 * The parts of a calendar "date block" (the Europa Component Library's date block): "31", "Mar", "2030"
 * for a day; no day for a month-only date. Names in the messages' locale.
 */
export function dateBlockParts(date: MeetingDate): { day: string | null; month: string; year: string } {
  const t = getMessages().dates;
  const [year = 0, month = 1, day = 15] = (date.precision === 'day' ? date.day : `${date.month}-15`).split('-').map(Number);
  const noonUtc = new Date(Date.UTC(year, month - 1, day, 12));
  return {
    day: date.precision === 'day' ? String(day) : null,
    month: formatter(t.locale, { timeZone: 'UTC', month: 'short' }).format(noonUtc),
    year: String(year),
  };
}
