import { expect, test } from 'vitest';
import { getDateFormat } from '@/lib/i18n/date-format';

const BXL = 'Europe/Brussels';
const en = await getDateFormat('en');

test('a day reads "21 November 2017" (British English, as Intl writes it)', () => {
  expect(en.day('2017-11-21')).toBe('21 November 2017');
  expect(en.day('2028-02-29', { weekday: true })).toBe('Tuesday, 29 February 2028');
  expect(en.day('2030-12-31')).toBe('31 December 2030');
  expect(en.day('2031-01-01', { weekday: true })).toBe('Wednesday, 1 January 2031');
});

test('a month-only date reads "June 2018 (to be confirmed)"', () => {
  expect(en.meetingDate({ precision: 'month', month: '2018-06' }, BXL)).toBe('June 2018 (to be confirmed)');
  expect(en.month('2018-06')).toBe('June 2018');
});

test('a timed meeting names the zone and its abbreviation at that date', () => {
  expect(en.meetingDate({ precision: 'day', day: '2017-11-21', start: '10:00', end: '12:30' }, BXL)).toBe(
    'Tuesday, 21 November 2017, 10:00 to 12:30 Brussels time (CET)',
  );
  expect(en.meetingDate({ precision: 'day', day: '2030-03-31', start: '10:00', end: '12:30' }, BXL)).toBe(
    'Sunday, 31 March 2030, 10:00 to 12:30 Brussels time (CEST)',
  );
  expect(en.meetingDate({ precision: 'day', day: '2030-10-27', start: '09:30', end: '11:00' }, BXL)).toBe(
    'Sunday, 27 October 2030, 09:30 to 11:00 Brussels time (CET)',
  );
});

test('a meeting with a start time only, and an all-day meeting', () => {
  expect(en.meetingDate({ precision: 'day', day: '2030-06-03', start: '14:00' }, BXL)).toBe('Monday, 3 June 2030, 14:00 Brussels time (CEST)');
  expect(en.meetingDate({ precision: 'day', day: '2017-11-21' }, BXL)).toBe('Tuesday, 21 November 2017');
});

test('zones the catalogue names read as people say them; any other is named by Intl in the language', () => {
  expect(en.zone('Europe/Lisbon', new Date('2030-11-05T12:00:00Z'))).toBe('Lisbon time (WET)');
  expect(en.zone('Europe/Lisbon', new Date('2030-07-05T12:00:00Z'))).toBe('Lisbon time (WEST)');
  expect(en.zone('UTC', new Date('2030-11-05T12:00:00Z'))).toBe('UTC');
  expect(en.zone('America/New_York', new Date('2030-01-05T12:00:00Z'))).toBe('Eastern Standard Time');
});

test('the zone of a meeting on a switch day is the one in force at the meeting, not at midnight', () => {
  expect(en.meetingZone({ precision: 'day', day: '2030-03-31', start: '10:00', end: '12:30' }, BXL)).toBe('Brussels time (CEST)');
  expect(en.meetingZone({ precision: 'day', day: '2030-03-31' }, BXL)).toBe('Brussels time (CEST)');
  expect(en.meetingZone({ precision: 'day', day: '2030-10-27', start: '09:30' }, BXL)).toBe('Brussels time (CET)');
  expect(en.meetingZone({ precision: 'month', month: '2018-06' }, BXL)).toBe('Brussels time (CEST)');
  expect(en.meetingZone({ precision: 'month', month: '2017-11' }, BXL)).toBe('Brussels time (CET)');
});

test('a cancelled month-only meeting has nothing left to confirm', () => {
  expect(en.meetingDate({ precision: 'month', month: '2031-12' }, BXL, { status: 'cancelled' })).toBe('December 2031');
  expect(en.meetingDate({ precision: 'month', month: '2031-12' }, BXL, { status: 'postponed' })).toBe('December 2031 (to be confirmed)');
});

test('another language has its own month cases, word order, time format and zone words', async () => {
  const pl = await getDateFormat('pl');
  // Polish dates take the genitive ("listopada"); a month alone the nominative ("czerwiec").
  expect(pl.meetingDate({ precision: 'day', day: '2017-11-21', start: '10:00', end: '12:30' }, BXL)).toBe(
    'wtorek, 21 listopada 2017, godz. 10:00–12:30, czas brukselski (CET)',
  );
  expect(pl.month('2018-06')).toBe('czerwiec 2018');
  const de = await getDateFormat('de');
  expect(de.meetingDate({ precision: 'day', day: '2030-03-31', start: '10:00' }, BXL)).toBe('Sonntag, 31. März 2030, 10:00 Uhr Brüsseler Zeit (MESZ)');
  const fi = await getDateFormat('fi');
  expect(fi.time('10:00')).toBe('10.00');
});

test('an instant from a registrant\'s own records, in UTC', () => {
  expect(en.instant('2026-11-29T23:05:00.000Z')).toBe('29 November 2026, 23:05 UTC');
});

test('the date block of a list: short month where the language has one, the full name where it writes a number', async () => {
  expect(en.dateBlock({ precision: 'day', day: '2030-03-31' })).toEqual({ day: '31', month: 'Mar', year: '2030' });
  expect(en.dateBlock({ precision: 'month', month: '2018-06' })).toEqual({ day: null, month: 'Jun', year: '2018' });
  const bg = await getDateFormat('bg');
  expect(bg.dateBlock({ precision: 'day', day: '2030-01-15' }).month).toBe('януари');
});
