/**
 * Date and time formats. Month and weekday names come from Intl for `locale`, so another language sets
 * its own locale and templates here. Placeholders in braces are filled by lib/dates/format.ts.
 */
export const dates = {
  locale: 'en-GB',
  /** 21 November 2017 */
  day: '{day} {month} {year}',
  /** Tuesday 21 November 2017 */
  dayWithWeekday: '{weekday} {day} {month} {year}',
  /** June 2018 */
  month: '{month} {year}',
  /** June 2018 (to be confirmed) */
  monthToBeConfirmed: '{month} {year} (to be confirmed)',
  /** Tuesday 21 November 2017, 10:00 to 12:30 Brussels time (CET) */
  timeRange: '{date}, {start} to {end} {zone}',
  /** Tuesday 21 November 2017, 10:00 Brussels time (CET) */
  timeStart: '{date}, {start} {zone}',
  /** Brussels time (CET) */
  zone: '{city} time ({abbreviation})',
  /** 29 November 2026, 23:05 UTC: an instant from a registrant's own records */
  instant: '{date}, {time} {zone}',
  /** For UTC itself, which has no city */
  zoneUtc: 'UTC',
  toBeConfirmed: 'to be confirmed',
} as const;
