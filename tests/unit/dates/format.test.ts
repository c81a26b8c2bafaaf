import { expect, test } from 'vitest';
import { formatDay, formatMeetingDate, formatMeetingZone, formatMonth, formatZone } from '@/lib/dates';

const BXL = 'Europe/Brussels';

test('a day reads "21 November 2017"', () => {
  expect(formatDay('2017-11-21')).toBe('21 November 2017');
  expect(formatDay('2028-02-29', { weekday: true })).toBe('Tuesday 29 February 2028');
  expect(formatDay('2030-12-31')).toBe('31 December 2030');
  expect(formatDay('2031-01-01', { weekday: true })).toBe('Wednesday 1 January 2031');
});

test('a month-only date reads "June 2018 (to be confirmed)"', () => {
  expect(formatMeetingDate({ precision: 'month', month: '2018-06' }, BXL)).toBe('June 2018 (to be confirmed)');
  expect(formatMonth('2018-06')).toBe('June 2018');
});

test('a timed meeting names the zone and its abbreviation at that date', () => {
  expect(formatMeetingDate({ precision: 'day', day: '2017-11-21', start: '10:00', end: '12:30' }, BXL)).toBe(
    'Tuesday 21 November 2017, 10:00 to 12:30 Brussels time (CET)',
  );
  expect(formatMeetingDate({ precision: 'day', day: '2030-03-31', start: '10:00', end: '12:30' }, BXL)).toBe(
    'Sunday 31 March 2030, 10:00 to 12:30 Brussels time (CEST)',
  );
  expect(formatMeetingDate({ precision: 'day', day: '2030-10-27', start: '09:30', end: '11:00' }, BXL)).toBe(
    'Sunday 27 October 2030, 09:30 to 11:00 Brussels time (CET)',
  );
});

test('a meeting with a start time only, and an all-day meeting', () => {
  expect(formatMeetingDate({ precision: 'day', day: '2030-06-03', start: '14:00' }, BXL)).toBe(
    'Monday 3 June 2030, 14:00 Brussels time (CEST)',
  );
  expect(formatMeetingDate({ precision: 'day', day: '2017-11-21' }, BXL)).toBe('Tuesday 21 November 2017');
});

test('zones other than Brussels are named by their city', () => {
  expect(formatZone('Europe/Lisbon', new Date('2030-11-05T12:00:00Z'))).toBe('Lisbon time (WET)');
  expect(formatZone('UTC', new Date('2030-11-05T12:00:00Z'))).toBe('UTC');
  expect(formatZone('America/New_York', new Date('2030-01-05T12:00:00Z'))).toMatch(/^New York time \(/);
});

test('the zone of a meeting on a switch day is the one in force at the meeting, not at midnight', () => {
  expect(formatMeetingZone({ precision: 'day', day: '2030-03-31', start: '10:00', end: '12:30' }, BXL)).toBe(
    'Brussels time (CEST)',
  );
  expect(formatMeetingZone({ precision: 'day', day: '2030-03-31' }, BXL)).toBe('Brussels time (CEST)');
  expect(formatMeetingZone({ precision: 'day', day: '2030-10-27', start: '09:30' }, BXL)).toBe('Brussels time (CET)');
  expect(formatMeetingZone({ precision: 'month', month: '2018-06' }, BXL)).toBe('Brussels time (CEST)');
  expect(formatMeetingZone({ precision: 'month', month: '2017-11' }, BXL)).toBe('Brussels time (CET)');
});

test('a cancelled month-only meeting has nothing left to confirm', () => {
  expect(formatMeetingDate({ precision: 'month', month: '2031-12' }, BXL, { status: 'cancelled' })).toBe('December 2031');
  expect(formatMeetingDate({ precision: 'month', month: '2031-12' }, BXL, { status: 'postponed' })).toBe(
    'December 2031 (to be confirmed)',
  );
});
