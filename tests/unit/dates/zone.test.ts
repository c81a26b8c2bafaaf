import fc from 'fast-check';
import { expect, test } from 'vitest';
import { resolveZonedTime, wallTimeAt, zonedTimeToUtc, zoneOffsetMs } from '@/lib/dates';

const BXL = 'Europe/Brussels';
const wall = (day: string, time: string) => {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day: date, hour, minute };
};

test('a winter time in Brussels is one hour ahead of UTC (CET)', () => {
  expect(zonedTimeToUtc(wall('2017-11-21', '10:00'), BXL).toISOString()).toBe('2017-11-21T09:00:00.000Z');
});

test('a summer time in Brussels is two hours ahead of UTC (CEST)', () => {
  expect(zonedTimeToUtc(wall('2018-06-15', '10:00'), BXL).toISOString()).toBe('2018-06-15T08:00:00.000Z');
});

test('spring switch (last Sunday of March): times either side of the gap', () => {
  expect(zonedTimeToUtc(wall('2030-03-31', '01:59'), BXL).toISOString()).toBe('2030-03-31T00:59:00.000Z');
  expect(zonedTimeToUtc(wall('2030-03-31', '03:00'), BXL).toISOString()).toBe('2030-03-31T01:00:00.000Z');
  expect(zonedTimeToUtc(wall('2030-03-31', '10:00'), BXL).toISOString()).toBe('2030-03-31T08:00:00.000Z');
});

test('spring switch: a wall time in the gap moves forward by the gap (02:30 becomes 03:30 CEST)', () => {
  const resolved = resolveZonedTime(wall('2030-03-31', '02:30'), BXL);
  expect(resolved.kind).toBe('gap');
  expect(resolved.instant.toISOString()).toBe('2030-03-31T01:30:00.000Z');
  expect(wallTimeAt(resolved.instant, BXL)).toMatchObject({ hour: 3, minute: 30 });
});

test('autumn switch (last Sunday of October): an hour that happens twice resolves to the earlier instant', () => {
  const resolved = resolveZonedTime(wall('2030-10-27', '02:30'), BXL);
  expect(resolved.kind).toBe('overlap');
  expect(resolved.instant.toISOString()).toBe('2030-10-27T00:30:00.000Z');
  expect(zonedTimeToUtc(wall('2030-10-27', '03:00'), BXL).toISOString()).toBe('2030-10-27T02:00:00.000Z');
  expect(zonedTimeToUtc(wall('2030-10-27', '09:30'), BXL).toISOString()).toBe('2030-10-27T08:30:00.000Z');
});

test('ordinary times are exact, not gap or overlap', () => {
  expect(resolveZonedTime(wall('2030-03-30', '02:30'), BXL).kind).toBe('exact');
  expect(resolveZonedTime(wall('2030-10-26', '02:30'), BXL).kind).toBe('exact');
});

test('offsets across a year end, a leap day, and other zones', () => {
  expect(zonedTimeToUtc(wall('2031-01-01', '00:30'), BXL).toISOString()).toBe('2030-12-31T23:30:00.000Z');
  expect(zonedTimeToUtc(wall('2028-02-29', '12:00'), BXL).toISOString()).toBe('2028-02-29T11:00:00.000Z');
  expect(zonedTimeToUtc(wall('2030-11-05', '00:00'), 'Europe/Lisbon').toISOString()).toBe('2030-11-05T00:00:00.000Z');
  expect(zonedTimeToUtc(wall('2030-07-01', '09:00'), 'America/New_York').toISOString()).toBe('2030-07-01T13:00:00.000Z');
  expect(zoneOffsetMs(new Date('2030-07-01T00:00:00Z'), BXL)).toBe(2 * 3_600_000);
  expect(zoneOffsetMs(new Date('2030-01-01T00:00:00Z'), BXL)).toBe(3_600_000);
});

test('any instant, read as a wall time and resolved back, gives the same instant (except the repeated hour)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
      fc.constantFrom(BXL, 'Europe/Lisbon', 'Europe/Helsinki', 'America/New_York', 'UTC'),
      (minutes, zone) => {
        const instant = new Date(minutes * 60_000);
        const resolved = resolveZonedTime(wallTimeAt(instant, zone), zone);
        if (resolved.kind === 'overlap') {
          // The earlier of the two readings, an hour before the later one at most.
          expect(instant.getTime() - resolved.instant.getTime()).toBeGreaterThanOrEqual(0);
          expect(instant.getTime() - resolved.instant.getTime()).toBeLessThanOrEqual(3_600_000);
        } else {
          expect(resolved.kind).toBe('exact');
          expect(resolved.instant.getTime()).toBe(instant.getTime());
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('a resolved time is the caller\'s own: changing it does not change the next answer', () => {
  const wall = { year: 2030, month: 3, day: 31, hour: 2, minute: 30 };
  const first = resolveZonedTime(wall, 'Europe/Brussels');
  expect(first).toEqual({ instant: new Date('2030-03-31T01:30:00Z'), kind: 'gap' });
  first.instant.setTime(0);
  expect(resolveZonedTime(wall, 'Europe/Brussels')).toEqual({ instant: new Date('2030-03-31T01:30:00Z'), kind: 'gap' });
});
