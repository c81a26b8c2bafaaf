import { beforeAll, expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';
import { parseCalendar, utcIso } from './parse-ics';

pointAtFixtureSite();
const NOW = new Date('2026-11-28T12:00:00Z');
let calendar: typeof import('@/lib/calendar');
let content: typeof import('@/lib/content');

beforeAll(async () => {
  calendar = await import('@/lib/calendar');
  content = await import('@/lib/content');
});

test('every meeting with a day has a calendar that parses and carries its UID; month-only meetings have none', async () => {
  const meetings = await content.getMeetings();
  const slugs = await calendar.getCalendarMeetingSlugs();
  expect(slugs.length).toBeGreaterThan(3);
  for (const m of meetings) {
    const text = await calendar.getMeetingCalendar(m.slug, NOW);
    if (m.date.precision === 'month') {
      expect(text).toBeNull();
      expect(slugs).not.toContain(m.slug);
      continue;
    }
    const { events } = parseCalendar(text!);
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe(`${m.slug}@dei-platform`);
    expect(events[0]!.sequence).toBe(m.revision);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(`https://dei.example.eu/meetings/${m.slug}`);
  }
});

test('the DST-day fixtures say the right times in Europe/Brussels', async () => {
  const all = parseCalendar(await calendar.getAllMeetingsCalendar(NOW));
  const byUid = new Map(all.events.map((e) => [e.uid, e]));
  const spring = byUid.get('2086-03-31-example-group-1-spring-meeting@dei-platform')!;
  expect(utcIso(spring.startDate)).toBe('2086-03-31T08:00:00.000Z');
  expect(utcIso(spring.endDate)).toBe('2086-03-31T10:30:00.000Z');
  const autumn = byUid.get('2086-10-27-example-group-2-autumn-meeting@dei-platform')!;
  expect(utcIso(autumn.startDate)).toBe('2086-10-27T08:30:00.000Z');
  expect(utcIso(autumn.endDate)).toBe('2086-10-27T10:00:00.000Z');
  expect(autumn.summary).toBe('Autumn meeting: données, interopérabilité; Zürich, Kraków');
});

test('the all-meetings calendar has one event per dated meeting, with cancelled ones marked', async () => {
  const meetings = await content.getMeetings();
  const { events } = parseCalendar(await calendar.getAllMeetingsCalendar(NOW));
  expect(events).toHaveLength(meetings.filter((m) => m.date.precision === 'day').length);
  const cancelled = events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED');
  expect(cancelled.length).toBe(meetings.filter((m) => m.date.precision === 'day' && m.status === 'cancelled').length);
  expect(cancelled.length).toBeGreaterThan(0);
});

test('each working group calendar parses and holds only that group’s dated meetings', async () => {
  for (const group of await content.getWorkingGroups()) {
    const text = await calendar.getWorkingGroupCalendar(group.slug, NOW);
    const { root, events } = parseCalendar(text!);
    const own = (await content.getMeetingsByBody(group.id)).filter((m) => m.date.precision === 'day');
    expect(events.map((e) => e.uid).sort()).toEqual(own.map((m) => `${m.slug}@dei-platform`).sort());
    expect(root.getAllSubcomponents('vtimezone')).toHaveLength(1);
  }
  expect(await calendar.getWorkingGroupCalendar('no-such-group', NOW)).toBeNull();
});

test('two renders of a calendar are identical apart from nothing but DTSTAMP', async () => {
  const first = await calendar.getAllMeetingsCalendar(NOW);
  const second = await calendar.getAllMeetingsCalendar(new Date('2027-01-01T00:00:00Z'));
  const withoutStamp = (t: string) => t.replace(/^DTSTAMP:.*\r\n/gm, '');
  expect(withoutStamp(second)).toBe(withoutStamp(first));
  expect(second).not.toBe(first);
});

test('every calendar passes libical’s strict check, and a single meeting’s file names no calendar', async () => {
  const { libicalProblems } = await import('./libical-check');
  const texts: [string, string][] = [['meetings.ics', await calendar.getAllMeetingsCalendar(NOW)]];
  for (const g of await content.getWorkingGroups()) texts.push([`group ${g.slug}`, (await calendar.getWorkingGroupCalendar(g.slug, NOW))!]);
  for (const slug of await calendar.getCalendarMeetingSlugs()) {
    const text = (await calendar.getMeetingCalendar(slug, NOW))!;
    texts.push([slug, text]);
    // Outlook reads X-WR-CALNAME as "make a new calendar"; one meeting is one appointment.
    expect(text, slug).not.toMatch(/^X-WR-/m);
  }
  for (const [name, text] of texts) expect(libicalProblems(text), name).toEqual([]);
});
