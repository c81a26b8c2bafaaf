import { beforeAll, expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';
import { parseCalendar } from './parse-ics';

// The real content: the 2017 governance meeting (a day, no times) and WG3's "June 2018 (tbc)".
pointAtFixtureSite('https://dei.example.eu', '../../content');
let calendar: typeof import('@/lib/calendar');
beforeAll(async () => {
  calendar = await import('@/lib/calendar');
});

test('the seed gives an all-day event for the governance meeting and none for June 2018 (tbc)', async () => {
  const { events } = parseCalendar(await calendar.getAllMeetingsCalendar(new Date()));
  expect(events.map((e) => e.uid)).toEqual(['2017-11-21-high-level-governance-meeting@dei-platform']);
  expect(events[0]!.startDate.isDate).toBe(true);
  expect(events[0]!.startDate.toString()).toBe('2017-11-21');
  expect(await calendar.getMeetingCalendar('2018-06-working-group-3-meeting', new Date())).toBeNull();
  const wg1 = parseCalendar((await calendar.getWorkingGroupCalendar('wg1', new Date()))!);
  expect(wg1.events).toHaveLength(0);
});
