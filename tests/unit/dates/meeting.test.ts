import { expect, test } from 'vitest';
import type { MeetingDate, MeetingStatus } from '@/lib/content/schema';
import { isUpcoming, meetingInterval, meetingSections, nextMeeting, splitMeetings, upcomingUntil } from '@/lib/dates';

const BXL = 'Europe/Brussels';
const day = (d: string, start?: string, end?: string): MeetingDate => ({ precision: 'day', day: d, start, end });
const month = (m: string): MeetingDate => ({ precision: 'month', month: m });
const at = (iso: string) => new Date(iso);
const meeting = (date: MeetingDate, extra: { slug?: string; status?: MeetingStatus; outcomes?: object | null } = {}) => ({
  date,
  timeZone: BXL,
  slug: extra.slug ?? 'm',
  status: extra.status ?? 'scheduled',
  outcomes: extra.outcomes ?? null,
});

test('a month-only date has no interval', () => {
  expect(meetingInterval(month('2018-06'), BXL)).toBeNull();
});

test('an all-day meeting runs from midnight to midnight in its zone', () => {
  expect(meetingInterval(day('2017-11-21'), BXL)).toEqual({
    start: at('2017-11-20T23:00:00Z'),
    end: at('2017-11-21T23:00:00Z'),
    allDay: true,
  });
});

test('all-day meetings on the switch days last 23 and 25 hours', () => {
  const spring = meetingInterval(day('2030-03-31'), BXL)!;
  expect(spring.end!.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
  const autumn = meetingInterval(day('2030-10-27'), BXL)!;
  expect(autumn.end!.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
});

test('a timed meeting on the spring switch day is in CEST; on the autumn switch day in CET', () => {
  expect(meetingInterval(day('2030-03-31', '10:00', '12:30'), BXL)).toEqual({
    start: at('2030-03-31T08:00:00Z'),
    end: at('2030-03-31T10:30:00Z'),
    allDay: false,
  });
  expect(meetingInterval(day('2030-10-27', '09:30', '11:00'), BXL)).toEqual({
    start: at('2030-10-27T08:30:00Z'),
    end: at('2030-10-27T10:00:00Z'),
    allDay: false,
  });
});

test('a meeting with a start time and no end time has no end instant', () => {
  expect(meetingInterval(day('2030-03-31', '10:00'), BXL)).toEqual({
    start: at('2030-03-31T08:00:00Z'),
    end: null,
    allDay: false,
  });
});

test('an exact day without an end time is upcoming until the end of that day in Brussels', () => {
  const m = meeting(day('2017-11-21', '10:00'));
  expect(isUpcoming(m, at('2017-11-21T22:59:59Z'))).toBe(true);
  expect(isUpcoming(m, at('2017-11-21T23:00:00Z'))).toBe(false);
});

test('a meeting with an end time is upcoming until it ends', () => {
  const m = meeting(day('2030-10-27', '09:30', '11:00'));
  expect(isUpcoming(m, at('2030-10-27T09:59:59Z'))).toBe(true);
  expect(isUpcoming(m, at('2030-10-27T10:00:00Z'))).toBe(false);
});

test('a meeting on 31 December stays upcoming until the year ends in Brussels, not in UTC', () => {
  const m = meeting(day('2030-12-31'));
  expect(isUpcoming(m, at('2030-12-31T22:59:00Z'))).toBe(true);
  expect(isUpcoming(m, at('2030-12-31T23:00:00Z'))).toBe(false);
});

test('a month-only date is upcoming until the month has ended in its zone', () => {
  const june = meeting(month('2018-06'));
  expect(isUpcoming(june, at('2018-06-30T21:59:59Z'))).toBe(true);
  expect(isUpcoming(june, at('2018-06-30T22:00:00Z'))).toBe(false);
  const december = meeting(month('2031-12'));
  expect(upcomingUntil(december)).toEqual(at('2031-12-31T23:00:00Z'));
  expect(isUpcoming(december, at('2031-12-31T22:59:59Z'))).toBe(true);
  expect(isUpcoming(december, at('2032-01-01T00:00:00Z'))).toBe(false);
});

test('a month-only date ending on a DST switch month ends at the right instant', () => {
  // March ends in summer time, October in winter time.
  expect(upcomingUntil(meeting(month('2030-03')))).toEqual(at('2030-03-31T22:00:00Z'));
  expect(upcomingUntil(meeting(month('2030-10')))).toEqual(at('2030-10-31T23:00:00Z'));
});

test('February of a leap year ends after the 29th', () => {
  expect(upcomingUntil(meeting(month('2028-02')))).toEqual(at('2028-02-29T23:00:00Z'));
  expect(upcomingUntil(meeting(day('2028-02-29')))).toEqual(at('2028-02-29T23:00:00Z'));
  expect(upcomingUntil(meeting(month('2030-02')))).toEqual(at('2030-02-28T23:00:00Z'));
});

test('splitMeetings lists upcoming meetings soonest first and past ones latest first', () => {
  const meetings = [
    meeting(day('2030-10-27', '09:30', '11:00'), { slug: 'autumn' }),
    meeting(month('2018-06'), { slug: 'june-2018' }),
    meeting(day('2017-11-21'), { slug: 'governance' }),
    meeting(day('2030-03-31', '10:00', '12:30'), { slug: 'spring' }),
    meeting(month('2031-06'), { slug: 'june-2031' }),
  ];
  const { upcoming, past } = splitMeetings(meetings, at('2030-06-01T00:00:00Z'));
  expect(upcoming.map((m) => m.slug)).toEqual(['autumn', 'june-2031']);
  expect(past.map((m) => m.slug)).toEqual(['spring', 'june-2018', 'governance']);
});

test('splitMeetings moves a month-only date to the past only once its month is over', () => {
  const meetings = [meeting(month('2018-06'), { slug: 'june' }), meeting(day('2018-06-20'), { slug: 'day' })];
  const during = splitMeetings(meetings, at('2018-06-25T12:00:00Z'));
  expect(during.upcoming.map((m) => m.slug)).toEqual(['june']);
  expect(during.past.map((m) => m.slug)).toEqual(['day']);
  const after = splitMeetings(meetings, at('2018-07-01T00:00:00Z'));
  expect(after.upcoming).toEqual([]);
});

test('meetingSections keeps cancelled and postponed meetings out of the upcoming ones until their date has passed', () => {
  const now = at('2030-06-01T00:00:00Z');
  const meetings = [
    meeting(day('2030-09-01'), { slug: 'scheduled' }),
    meeting(day('2030-07-01'), { slug: 'cancelled', status: 'cancelled' }),
    meeting(month('2030-08'), { slug: 'postponed', status: 'postponed' }),
    meeting(month('2030-10'), { slug: 'tbc', status: 'tbc' }),
    meeting(day('2022-05-17'), { slug: 'old-cancelled', status: 'cancelled' }),
    meeting(month('2018-06'), { slug: 'old-tbc', status: 'tbc' }),
  ];
  const sections = meetingSections(meetings, now);
  expect(sections.upcoming.map((m) => m.slug)).toEqual(['scheduled', 'tbc']);
  expect(sections.calledOff.map((m) => m.slug)).toEqual(['cancelled', 'postponed']);
  expect(sections.past.map((m) => m.slug)).toEqual(['old-cancelled', 'old-tbc']);
  expect(nextMeeting(meetings, now)?.slug).toBe('scheduled');
});

test('nextMeeting is null when nothing is to take place, even with a cancelled meeting ahead', () => {
  const now = at('2030-06-01T00:00:00Z');
  expect(nextMeeting([meeting(day('2030-07-01'), { status: 'cancelled' })], now)).toBeNull();
  expect(nextMeeting([], now)).toBeNull();
});
