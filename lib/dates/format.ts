import type { MeetingDate, MeetingStatus } from '@/lib/content/schema';
import { intlLocale } from '@/lib/i18n/intl-locale';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import { meetingInterval } from './meeting';
import { parseWallTime, zonedTimeToUtc, zoneOffsetMs } from './zone';

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

/** Noon UTC of a calendar day: the same day whatever the formatter's zone. */
function noonUtc(day: string): Date {
  const { year, month, day: date } = parseWallTime(day);
  return new Date(Date.UTC(year, month - 1, date, 12));
}

/**
 * The zones the catalogue names in words ("Brussels time (CET)", per language: `dates.zones`); any other
 * zone is named by `Intl` in the page's language. Only the wording differs: the offset is always the zone's.
 */
const NAMED_ZONES: Readonly<Record<string, 'brussels' | 'lisbon' | 'utc'>> = {
  'Europe/Brussels': 'brussels',
  'Europe/Lisbon': 'lisbon',
  UTC: 'utc',
  'Etc/UTC': 'utc',
};

/** True when `instant` falls in the zone's summer (daylight saving) time: an offset above its lowest of the year. */
function isSummerTime(timeZone: string, instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const standard = Math.min(
    zoneOffsetMs(new Date(Date.UTC(year, 0, 1)), timeZone),
    zoneOffsetMs(new Date(Date.UTC(year, 6, 1)), timeZone),
  );
  return zoneOffsetMs(instant, timeZone) > standard;
}

/**
 * Dates and times in one language, for pages, mail and calendars: names of days and months, their order
 * and punctuation come from `Intl` (CLDR) for the language ("Tuesday, 21 November 2017", "wtorek, 21
 * listopada 2017"); the sentences around them and the names of time zones from the `dates` messages
 * (decision 0012). Every time shown is a wall time as written in the content, in its meeting's zone.
 *
 * @param locale - the interface language
 * @param t - the `dates` messages of that language
 */
export function createDateFormat(locale: Locale, t: Translate<'dates'>) {
  const intl = intlLocale(locale);

  /** A calendar day written YYYY-MM-DD: "21 November 2017", with the weekday when asked (no zone: a day is a day). */
  function day(value: string, options: { weekday?: boolean } = {}): string {
    const parts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
    return formatter(intl, options.weekday ? { ...parts, weekday: 'long' } : parts).format(noonUtc(value));
  }

  /** A wall time written HH:MM, in the language's own way ("10:00"; "10.00" in Finnish). */
  function time(hhmm: string): string {
    const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
    return formatter(intl, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(Date.UTC(2000, 0, 1, hour, minute)),
    );
  }

  /** A month written YYYY-MM: "June 2018", or "June 2018 (to be confirmed)". */
  function month(value: string, options: { toBeConfirmed?: boolean } = {}): string {
    const name = formatter(intl, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(noonUtc(`${value}-15`));
    return options.toBeConfirmed ? t('monthToBeConfirmed', { month: name }) : name;
  }

  /** "Brussels time (CET)" at a given instant (CEST in summer); any zone the catalogue does not name, by Intl. */
  function zone(timeZone: string, at: Date): string {
    const named = NAMED_ZONES[timeZone];
    if (named === 'utc') return t('zones.utc');
    if (named) return t(`zones.${named}`, { period: isSummerTime(timeZone, at) ? 'summer' : 'standard' });
    const name = formatter(intl, { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return t('zones.other', { name: name ?? timeZone });
  }

  /**
   * The zone as it applies to a meeting: at its start time, or at noon of its day (on a switch day the
   * one in force during working hours), or mid-month for a month-only date. "Brussels time (CEST)" for
   * 10:00 on 31 March 2030, although that day began in CET.
   */
  function meetingZone(date: MeetingDate, timeZone: string): string {
    const interval = meetingInterval(date, timeZone);
    if (interval && !interval.allDay) return zone(timeZone, interval.start);
    const wall = date.precision === 'day' ? parseWallTime(date.day, '12:00') : parseWallTime(`${date.month}-15`, '12:00');
    return zone(timeZone, zonedTimeToUtc(wall, timeZone));
  }

  /**
   * A meeting's date as a sentence: "Tuesday, 21 November 2017, 10:00 to 12:30 Brussels time (CET)"; the
   * day alone without times; "June 2018 (to be confirmed)" for a month-only date, or just "December 2031"
   * once such a meeting is cancelled (nothing is left to confirm).
   */
  function meetingDate(date: MeetingDate, timeZone: string, options: { status?: MeetingStatus } = {}): string {
    if (date.precision === 'month') return month(date.month, { toBeConfirmed: options.status !== 'cancelled' });
    const dayText = day(date.day, { weekday: true });
    const interval = meetingInterval(date, timeZone);
    if (!interval || interval.allDay || !date.start) return dayText;
    const zoneText = zone(timeZone, interval.start);
    return date.end
      ? t('timeRange', { date: dayText, start: time(date.start), end: time(date.end), zone: zoneText })
      : t('timeStart', { date: dayText, start: time(date.start), zone: zoneText });
  }

  /** An instant (ISO 8601, UTC) as "29 November 2026, 23:05 UTC": records such as when consent was given. */
  function instant(iso: string): string {
    return t('instant', { date: day(iso.slice(0, 10)), time: time(iso.slice(11, 16)), zone: t('zones.utc') });
  }

  /**
   * The parts of a calendar "date block" (the Europa Component Library's): "31", "Mar", "2030" for a day;
   * no day for a month-only date. Where the language's short month is a number ("01"), the full name.
   */
  function dateBlock(date: MeetingDate): { day: string | null; month: string; year: string } {
    const value = date.precision === 'day' ? date.day : `${date.month}-15`;
    const noon = noonUtc(value);
    const short = formatter(intl, { timeZone: 'UTC', month: 'short' }).format(noon);
    return {
      day: date.precision === 'day' ? String(noon.getUTCDate()) : null,
      month: /^\d+$/.test(short) ? formatter(intl, { timeZone: 'UTC', month: 'long' }).format(noon) : short,
      year: String(noon.getUTCFullYear()),
    };
  }

  return { locale, day, time, month, zone, meetingZone, meetingDate, instant, dateBlock };
}

export type DateFormat = ReturnType<typeof createDateFormat>;
