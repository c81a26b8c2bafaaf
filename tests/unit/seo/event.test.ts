import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { meetingEvent, type EventMeeting } from '@/lib/seo/event';
import { serializeJsonLd } from '@/lib/seo/json-ld';

const context = { url: 'https://dei.example.eu/meetings/m', organizer: { name: 'Working Group 1', url: 'https://dei.example.eu/working-groups/wg1' } };

function meeting(overrides: Partial<EventMeeting> = {}): EventMeeting {
  return {
    slug: 'm',
    title: 'Spring meeting',
    summary: 'Summary',
    status: 'scheduled',
    date: { precision: 'day', day: '2030-03-31', start: '10:00', end: '12:30' },
    timeZone: 'Europe/Brussels',
    format: 'hybrid',
    venue: { name: 'Centre', address: '1 Rue', city: 'Brussels', country: 'Belgium' },
    onlineUrl: 'https://meet.example.org/x',
    ...overrides,
  };
}

test('start and end carry the offset in force on the day, on both sides of a switch', () => {
  expect(meetingEvent(meeting(), context)).toMatchObject({ startDate: '2030-03-31T10:00:00+02:00', endDate: '2030-03-31T12:30:00+02:00' });
  const autumn = meetingEvent(meeting({ date: { precision: 'day', day: '2030-10-27', start: '09:30' } }), context)!;
  expect(autumn.startDate).toBe('2030-10-27T09:30:00+01:00');
  expect(autumn.endDate).toBeUndefined();
  const lisbon = meetingEvent(meeting({ timeZone: 'Europe/Lisbon', date: { precision: 'day', day: '2030-11-05', start: '09:00' } }), context)!;
  expect(lisbon.startDate).toBe('2030-11-05T09:00:00+00:00');
});

test('an all-day meeting gives a date; a month-only one, or one with no place and no link, gives no Event at all', () => {
  expect(meetingEvent(meeting({ date: { precision: 'day', day: '2030-12-31' } }), context)).toMatchObject({ startDate: '2030-12-31', endDate: '2030-12-31' });
  expect(meetingEvent(meeting({ status: 'tbc', date: { precision: 'month', month: '2031-06' } }), context)).toBeNull();
  expect(meetingEvent(meeting({ format: undefined, venue: undefined, onlineUrl: undefined }), context)).toBeNull();
});

test('status, attendance mode and locations follow the meeting', () => {
  const hybrid = meetingEvent(meeting(), context)!;
  expect(hybrid.eventStatus).toBe('https://schema.org/EventScheduled');
  expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  expect(hybrid.location).toEqual([
    { '@type': 'Place', name: 'Centre', address: { '@type': 'PostalAddress', streetAddress: '1 Rue', addressLocality: 'Brussels', addressCountry: 'BE' } },
    { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' },
  ]);
  expect(meetingEvent(meeting({ status: 'cancelled' }), context)!.eventStatus).toBe('https://schema.org/EventCancelled');
  expect(meetingEvent(meeting({ status: 'postponed' }), context)!.eventStatus).toBe('https://schema.org/EventPostponed');
  const online = meetingEvent(meeting({ format: 'online', venue: undefined }), context)!;
  expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example.org/x' });
  expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
});

test('serialised JSON-LD cannot close its script element and still parses to the same data', () => {
  const data = meetingEvent(meeting({ title: '</script><script>alert(1)</script> & <!-- \u2028' }), context)!;
  const text = serializeJsonLd(data);
  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(text)).toEqual(data);
});

/**
 * Google's rules for Event rich results (developers.google.com/search/docs/appearance/structured-data/event):
 * name, a full ISO 8601 startDate, and a location (a Place with an address, a VirtualLocation with a url,
 * or both for a mixed event) matching the attendance mode; a country as an ISO 3166-1 alpha-2 code.
 */
function googleEventProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof data.name !== 'string' || !data.name) problems.push('no name');
  if (typeof data.startDate !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/.test(data.startDate)) {
    problems.push(`startDate ${JSON.stringify(data.startDate)} is not a full ISO 8601 date or date-time`);
  }
  const locations = (Array.isArray(data.location) ? data.location : [data.location]).filter(Boolean) as Record<string, unknown>[];
  if (locations.length === 0) problems.push('no location');
  const places = locations.filter((l) => l['@type'] === 'Place');
  const virtuals = locations.filter((l) => l['@type'] === 'VirtualLocation');
  for (const p of places) {
    const address = p.address as Record<string, unknown> | undefined;
    if (!address) problems.push('a Place without an address');
    if (address?.addressCountry !== undefined && !/^[A-Z]{2}$/.test(String(address.addressCountry))) problems.push(`addressCountry ${String(address.addressCountry)} is not an ISO code`);
  }
  for (const v of virtuals) if (typeof v.url !== 'string') problems.push('a VirtualLocation without a url');
  const mode = String(data.eventAttendanceMode ?? '');
  if (mode.endsWith('OfflineEventAttendanceMode') && places.length === 0) problems.push('offline without a Place');
  if (mode.endsWith('OnlineEventAttendanceMode') && virtuals.length === 0) problems.push('online without a VirtualLocation');
  if (mode.endsWith('MixedEventAttendanceMode') && (places.length === 0 || virtuals.length === 0)) problems.push('mixed without both');
  if (!mode) problems.push('no eventAttendanceMode');
  return problems;
}

test('every fixture and seed meeting gives a valid Event by Google\'s rules, or none', async () => {
  const { loadContent } = await import('@/lib/content/load');
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'event-mdx-'));
  for (const dir of ['tests/fixtures/content', 'content']) {
    const { meetings } = await loadContent({ contentDir: dir, publicDir: 'public', cacheDir });
    let valid = 0;
    for (const m of meetings) {
      const data = meetingEvent(m, context);
      if (m.date.precision === 'month') expect(data, m.slug).toBeNull();
      if (data) {
        expect(googleEventProblems(data), m.slug).toEqual([]);
        valid += 1;
      }
    }
    expect(valid, dir).toBeGreaterThan(0);
  }
});
