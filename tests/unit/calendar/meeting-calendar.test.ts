import { describe, expect, test } from 'vitest';
import { meetingToEvent, meetingUid, type CalendarMeeting } from '@/lib/calendar/meeting-event';
import { writeCalendar, type CalendarEvent } from '@/lib/calendar/write-calendar';
import { getTranslator } from '@/lib/i18n/translator';
import { parseCalendar, utcIso } from './parse-ics';

const SITE = 'https://dei.example.eu';
const EN = { locale: 'en' as const, t: await getTranslator('en', 'feeds') };
const NOW = new Date('2026-11-28T12:00:00Z');

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    slug: '2030-03-31-working-group-3',
    title: 'Working Group 3 meeting',
    summary: 'Second meeting of the group.',
    status: 'scheduled',
    date: { precision: 'day', day: '2030-03-31', start: '10:00', end: '12:30' },
    timeZone: 'Europe/Brussels',
    format: 'in-person',
    venue: { name: 'Berlaymont', address: 'Rue de la Loi 200', city: 'Brussels', country: 'Belgium' },
    revision: 0,
    ...overrides,
  };
}

function render(...meetings: CalendarMeeting[]): string {
  const events = meetings.map((m) => meetingToEvent(m, SITE, EN)).filter((e): e is CalendarEvent => e !== null);
  return writeCalendar({ name: 'Test, calendar; with separators', events, now: NOW });
}

test('the calendar uses CRLF line endings only and the required VCALENDAR properties', () => {
  const text = render(meeting());
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const { root } = parseCalendar(text);
  expect(root.getFirstPropertyValue('version')).toBe('2.0');
  expect(root.getFirstPropertyValue('prodid')).toBeTruthy();
  expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  // No METHOD: a published file is not an iTIP message (METHOD:PUBLISH would require an ORGANIZER).
  expect(root.getFirstPropertyValue('method')).toBeNull();
  // ical.js leaves X- properties (TEXT by default, RFC 5545 3.8.8.2) unescaped, so check the raw line.
  expect(text).toContain('X-WR-CALNAME:Test\\, calendar\\; with separators\r\n');
  expect(String(root.getFirstPropertyValue('x-wr-calname'))).toBe('Test\\, calendar\\; with separators');
});

describe('times in Europe/Brussels on both sides of a daylight-saving switch', () => {
  const cases = [
    // Summer time starts on Sunday 31 March 2030 at 02:00 local.
    { day: '2030-03-30', start: '10:00', utc: '2030-03-30T09:00:00.000Z' },
    { day: '2030-03-31', start: '10:00', utc: '2030-03-31T08:00:00.000Z' },
    // Summer time ends on Sunday 27 October 2030 at 03:00 local.
    { day: '2030-10-26', start: '10:00', utc: '2030-10-26T08:00:00.000Z' },
    { day: '2030-10-27', start: '10:00', utc: '2030-10-27T09:00:00.000Z' },
    { day: '2030-10-27', start: '01:30', utc: '2030-10-26T23:30:00.000Z' },
    { day: '2030-03-31', start: '03:30', utc: '2030-03-31T01:30:00.000Z' },
  ];
  for (const c of cases) {
    test(`${c.day} ${c.start} Brussels is ${c.utc}`, () => {
      const text = render(meeting({ date: { precision: 'day', day: c.day, start: c.start } }));
      expect(text).toContain(`DTSTART;TZID=Europe/Brussels:${c.day.replaceAll('-', '')}T${c.start.replace(':', '')}00`);
      const [event] = parseCalendar(text).events;
      expect(event).toBeDefined();
      expect(event!.startDate.zone?.tzid).toBe('Europe/Brussels');
      expect(utcIso(event!.startDate)).toBe(c.utc);
    });
  }

  test('the end time is converted with the same rules', () => {
    const [event] = parseCalendar(render(meeting())).events;
    expect(utcIso(event!.endDate)).toBe('2030-03-31T10:30:00.000Z');
  });
});

test('a meeting in another time zone is written in UTC', () => {
  const text = render(meeting({ timeZone: 'America/New_York', date: { precision: 'day', day: '2030-03-31', start: '09:00', end: '10:00' } }));
  expect(text).toContain('DTSTART:20300331T130000Z');
  const [event] = parseCalendar(text).events;
  expect(utcIso(event!.startDate)).toBe('2030-03-31T13:00:00.000Z');
  expect(utcIso(event!.endDate)).toBe('2030-03-31T14:00:00.000Z');
});

test('a day without times is an all-day event ending the next day', () => {
  const text = render(meeting({ date: { precision: 'day', day: '2030-12-31' } }));
  expect(text).toContain('DTSTART;VALUE=DATE:20301231');
  expect(text).toContain('DTEND;VALUE=DATE:20310101');
  const [event] = parseCalendar(text).events;
  expect(event!.startDate.isDate).toBe(true);
});

test('a month-only date gives no event at all, and the calendar stays valid', () => {
  const m = meeting({ status: 'tbc', date: { precision: 'month', month: '2018-06' } });
  expect(meetingToEvent(m, SITE, EN)).toBeNull();
  const { root, events } = parseCalendar(render(m));
  expect(events).toHaveLength(0);
  expect(root.getAllSubcomponents('vtimezone')).toHaveLength(1);
});

test('status maps to STATUS and cancelled meetings say so in their title', () => {
  const statuses = { scheduled: 'CONFIRMED', held: 'CONFIRMED', tbc: 'TENTATIVE', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;
  for (const [status, expected] of Object.entries(statuses)) {
    const [event] = parseCalendar(render(meeting({ status: status as keyof typeof statuses }))).events;
    expect(event!.component.getFirstPropertyValue('status')).toBe(expected);
  }
  const [cancelled] = parseCalendar(render(meeting({ status: 'cancelled' }))).events;
  expect(cancelled!.summary).toBe('Cancelled: Working Group 3 meeting');
});

test('text full of commas, semicolons, newlines and accents round-trips through a real parser', () => {
  const title = 'Réunion; "Industrie 4.0", Łódź \\ São Paulo, Malmö; 2030';
  const summary = 'Ordre du jour:\n1. Accueil, café; présentations\n2. Plateformes numériques — standardisation, «interopérabilité»\r\n3. Conclusions 🇪🇺';
  const venue = { name: 'Centre Albert Borschette, salle 1/A', address: 'Rue Froissart 36; 1040 Etterbeek', city: 'Bruxelles', country: 'Belgique' };
  const [event] = parseCalendar(render(meeting({ title, summary, venue }))).events;
  expect(event!.summary).toBe(title);
  expect(event!.description.startsWith(summary.replace('\r\n', '\n'))).toBe(true);
  expect(event!.location).toBe('Centre Albert Borschette, salle 1/A, Rue Froissart 36; 1040 Etterbeek, Bruxelles, Belgique');
});

test('the UID is the same in two renders and after an edit, and an edit raises SEQUENCE', () => {
  const before = parseCalendar(render(meeting())).events[0]!;
  const again = parseCalendar(render(meeting())).events[0]!;
  const edited = parseCalendar(render(meeting({ revision: 3, title: 'Working Group 3 meeting (new room)', status: 'postponed' }))).events[0]!;
  expect(before.uid).toBe(meetingUid('2030-03-31-working-group-3'));
  expect(again.uid).toBe(before.uid);
  expect(edited.uid).toBe(before.uid);
  expect(before.sequence).toBe(0);
  expect(edited.sequence).toBe(3);
});

test('URL is the absolute meeting page and the online link is in the description', () => {
  const text = render(meeting({ format: 'online', venue: undefined, onlineUrl: 'https://meet.example.eu/wg3?x=1,2' }));
  const [event] = parseCalendar(text).events;
  expect(event!.component.getFirstPropertyValue('url')).toBe(`${SITE}/meetings/2030-03-31-working-group-3`);
  expect(event!.location).toBe('https://meet.example.eu/wg3?x=1,2');
  expect(event!.description).toContain('Join online: https://meet.example.eu/wg3?x=1,2');
});
