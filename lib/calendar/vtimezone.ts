import { CRLF } from './ics-text';

/** The one zone with a VTIMEZONE; meetings elsewhere are written in UTC (decision 0050). */
export const CALENDAR_TIME_ZONE = 'Europe/Brussels';

/**
 * Europe/Brussels under the EU summer-time rules (Directive 2000/84/EC): summer time from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October. DTSTART is in local time of the
 * observance being left, hence 02:00 in March and 03:00 in October.
 */
export const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join(CRLF);
