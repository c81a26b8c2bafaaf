import { expect, test } from 'vitest';
import { formatAndPlace, meetingTag, venueLine } from '@/components/meetings/meeting-labels';
import en from '@/messages/en.json';
import { getTranslator } from '@/lib/i18n/translator';

const t = await getTranslator('en', 'pages');

test('a meeting whose date was to be confirmed keeps that status, and nothing is inferred once it is past', () => {
  expect(meetingTag('tbc', t).label).toBe('To be confirmed');
  expect(JSON.stringify(en.pages)).not.toMatch(/never confirmed/i);
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

test('format and place are two parts (the interface’s words and the content’s venue), and an unknown format is none', () => {
  expect(formatAndPlace({ format: 'in-person', venue: { city: 'Brussels', country: 'Belgium' } }, t)).toEqual({
    format: 'In person',
    venue: 'Brussels, Belgium',
  });
  expect(formatAndPlace({ format: 'online', venue: undefined }, t)).toEqual({ format: 'Online', venue: null });
  expect(formatAndPlace({ format: undefined, venue: undefined }, t)).toEqual({ format: null, venue: null });
});
