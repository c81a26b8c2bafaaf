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
  const autumn = meetingEvent(meeting({ date: { precision: 'day', day: '2030-10-27', start: '09:30' } }), context);
  expect(autumn.startDate).toBe('2030-10-27T09:30:00+01:00');
  expect(autumn.endDate).toBeUndefined();
  const lisbon = meetingEvent(meeting({ timeZone: 'Europe/Lisbon', date: { precision: 'day', day: '2030-11-05', start: '09:00' } }), context);
  expect(lisbon.startDate).toBe('2030-11-05T09:00:00+00:00');
});

test('an all-day meeting gives a date and a month-only one gives only its month', () => {
  expect(meetingEvent(meeting({ date: { precision: 'day', day: '2030-12-31' } }), context)).toMatchObject({ startDate: '2030-12-31', endDate: '2030-12-31' });
  const month = meetingEvent(meeting({ status: 'tbc', date: { precision: 'month', month: '2031-06' } }), context);
  expect(month.startDate).toBe('2031-06');
  expect(month.endDate).toBeUndefined();
});

test('status, attendance mode and locations follow the meeting', () => {
  const hybrid = meetingEvent(meeting(), context);
  expect(hybrid.eventStatus).toBe('https://schema.org/EventScheduled');
  expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  expect(hybrid.location).toEqual([
    { '@type': 'Place', name: 'Centre', address: { '@type': 'PostalAddress', streetAddress: '1 Rue', addressLocality: 'Brussels', addressCountry: 'Belgium' } },
    { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' },
  ]);
  expect(meetingEvent(meeting({ status: 'cancelled' }), context).eventStatus).toBe('https://schema.org/EventCancelled');
  expect(meetingEvent(meeting({ status: 'postponed' }), context).eventStatus).toBe('https://schema.org/EventPostponed');
  const online = meetingEvent(meeting({ format: 'online', venue: undefined }), context);
  expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example.org/x' });
  expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
});

test('serialised JSON-LD cannot close its script element and still parses to the same data', () => {
  const data = meetingEvent(meeting({ title: '</script><script>alert(1)</script> & <!-- \u2028' }), context);
  const text = serializeJsonLd(data);
  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(text)).toEqual(data);
});
