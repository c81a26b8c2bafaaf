import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { MeetingDate } from '@/lib/content/schema';
import { isUpcoming, meetingSortKey, splitMeetings, upcomingUntil } from '@/lib/dates';

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb: fc.Arbitrary<MeetingDate> = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 2015, max: 2035 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      start: fc.option(fc.integer({ min: 7 * 60, max: 15 * 60 }), { nil: undefined }),
      length: fc.option(fc.integer({ min: 30, max: 240 }), { nil: undefined }),
    })
    .map(({ y, m, d, start, length }): MeetingDate => {
      const time = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
      return {
        precision: 'day',
        day: `${y}-${pad(m)}-${pad(d)}`,
        start: start === undefined ? undefined : time(start),
        end: start === undefined || length === undefined ? undefined : time(start + length),
      };
    }),
  fc.record({ y: fc.integer({ min: 2015, max: 2035 }), m: fc.integer({ min: 1, max: 12 }) }).map(
    ({ y, m }): MeetingDate => ({ precision: 'month', month: `${y}-${pad(m)}` }),
  ),
);
const meetingArb = fc.record({
  date: dateArb,
  timeZone: fc.constantFrom('Europe/Brussels', 'Europe/Lisbon', 'Europe/Helsinki'),
});
const nowArb = fc.date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2037-01-01T00:00:00Z'), noInvalidDate: true });

test('splitMeetings partitions every meeting: upcoming soonest first, past latest first', () => {
  fc.assert(
    fc.property(fc.array(meetingArb, { maxLength: 20 }), nowArb, (meetings, now) => {
      const { upcoming, past } = splitMeetings(meetings, now);
      expect(upcoming.length + past.length).toBe(meetings.length);
      expect(new Set([...upcoming, ...past])).toEqual(new Set(meetings));
      for (const m of upcoming) expect(isUpcoming(m, now)).toBe(true);
      for (const m of past) expect(isUpcoming(m, now)).toBe(false);
      for (let i = 1; i < upcoming.length; i++) {
        expect(meetingSortKey(upcoming[i - 1]!)).toBeLessThanOrEqual(meetingSortKey(upcoming[i]!));
      }
      for (let i = 1; i < past.length; i++) {
        expect(meetingSortKey(past[i - 1]!)).toBeGreaterThanOrEqual(meetingSortKey(past[i]!));
      }
    }),
    { numRuns: 200 },
  );
});

test('a meeting stops being upcoming exactly once, and never after its day or month is over', () => {
  fc.assert(
    fc.property(meetingArb, (meeting) => {
      const until = upcomingUntil(meeting).getTime();
      expect(isUpcoming(meeting, new Date(until - 1))).toBe(true);
      expect(isUpcoming(meeting, new Date(until))).toBe(false);
      expect(until).toBeGreaterThan(meetingSortKey(meeting));
    }),
    { numRuns: 300 },
  );
});
