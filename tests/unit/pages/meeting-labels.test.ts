import { expect, test } from 'vitest';
import { formatAndPlace, meetingTag, venueLine } from '@/components/meetings/meeting-labels';
import { getMessages } from '@/lib/i18n';

const t = getMessages().pages;

test('a meeting whose date was to be confirmed keeps that status, and nothing is inferred once it is past', () => {
  expect(meetingTag('tbc', t).label).toBe('To be confirmed');
  expect(JSON.stringify(t)).not.toMatch(/never confirmed/i);
});

test('cancelled and postponed meetings carry their status as a tag', () => {
  expect(meetingTag('cancelled', t)).toEqual({ label: 'Cancelled', tone: 'red' });
  expect(meetingTag('postponed', t)).toEqual({ label: 'Postponed', tone: 'orange' });
});

test('a venue reads as the parts that are known, in order', () => {
  expect(venueLine({ city: 'Brussels', country: 'Belgium' })).toBe('Brussels, Belgium');
  expect(venueLine({ name: 'Conference Hall A', address: '1 Example Street', city: 'Brussels' })).toBe(
    'Conference Hall A, 1 Example Street, Brussels',
  );
});

test('format and place combine, and an unknown format shows nothing', () => {
  expect(formatAndPlace({ format: 'in-person', venue: { city: 'Brussels', country: 'Belgium' } }, t)).toBe(
    'In person, Brussels, Belgium',
  );
  expect(formatAndPlace({ format: 'online', venue: undefined }, t)).toBe('Online');
  expect(formatAndPlace({ format: undefined, venue: undefined }, t)).toBe('');
});
