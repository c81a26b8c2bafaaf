import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { splitMeetings } from '@/lib/dates';

const repo = path.resolve(__dirname, '../../..');
const content = loadContent({
  contentDir: path.join(repo, 'tests/fixtures/content'),
  publicDir: path.join(repo, 'public'),
  cacheDir: path.join(os.tmpdir(), 'dei-fixtures-test-mdx-cache'),
});

test('the fixture site covers every status, both date forms and every format', async () => {
  const { meetings } = await content;
  expect(meetings.length).toBeGreaterThanOrEqual(8);
  expect(new Set(meetings.map((m) => m.status))).toEqual(new Set(['scheduled', 'tbc', 'postponed', 'cancelled', 'held']));
  expect(new Set(meetings.map((m) => m.date.precision))).toEqual(new Set(['day', 'month']));
  expect(new Set(meetings.map((m) => m.format).filter(Boolean))).toEqual(new Set(['in-person', 'online', 'hybrid']));
  expect(meetings.some((m) => m.agenda && m.registrationDeadline)).toBe(true);
});

test('meetings come by date, earliest first, month-only dates at the start of their month', async () => {
  const { meetings } = await content;
  expect(meetings.map((m) => m.slug)).toEqual([
    '2020-01-15-founding-meeting',
    '2020-06-example-group-1-kick-off',
    '2021-03-10-example-group-2-online-meeting',
    '2021-11-example-group-3-workshop',
    '2022-05-17-example-group-1-hybrid-meeting',
    '2086-03-31-example-group-1-spring-meeting',
    '2086-10-27-example-group-2-autumn-meeting',
    '2086-11-05-example-platform-lisbon-plenary',
    '2087-06-example-group-3-meeting',
    '2087-12-example-group-3-winter-meeting',
  ]);
});

test('held meetings carry their outcomes and their documents', async () => {
  const { meetings } = await content;
  const founding = meetings.find((m) => m.slug === '2020-01-15-founding-meeting')!;
  expect(founding.outcomes).toMatchObject({
    title: 'Outcomes of the founding plenary',
    published: '2020-01-31',
    sourcePath: 'meetings/2020-01-15-founding-meeting.outcomes.mdx',
  });
  expect(founding.outcomes?.mdx).toContain('interoperability charter');
  expect(founding.documents.map((d) => d.slug)).toEqual(['founding-meeting-report-fr', 'founding-meeting-minutes']);
  const withOutcomes = meetings.filter((m) => m.outcomes).map((m) => m.status);
  expect(withOutcomes).toEqual(['held', 'held']);
});

test('documents: latest first, in several languages, file size and type computed from public/', async () => {
  const { documents } = await content;
  expect(documents.map((d) => d.date)).toEqual([...documents.map((d) => d.date)].sort().reverse());
  expect(new Set(documents.flatMap((d) => d.languages))).toEqual(new Set(['en', 'fr', 'de']));
  const minutes = documents.find((d) => d.slug === 'founding-meeting-minutes')!;
  const { size } = await stat(path.join(repo, 'public/fixtures/documents/founding-meeting-minutes.pdf'));
  expect(minutes.fileInfo).toEqual({ type: 'PDF', bytes: size });
  expect(minutes.href).toBe('/fixtures/documents/founding-meeting-minutes.pdf');
  const external = documents.find((d) => d.slug === 'founding-meeting-report-fr')!;
  expect(external.fileInfo).toBeNull();
  expect(external.href).toBe('https://example.org/rapport-seance-fondatrice');
});

test('the fixture PDFs are real PDF files', async () => {
  const { readFile } = await import('node:fs/promises');
  for (const name of ['founding-meeting-minutes.pdf', 'group-2-minutes-de.pdf']) {
    const bytes = await readFile(path.join(repo, 'public/fixtures/documents', name), 'latin1');
    expect(bytes.startsWith('%PDF-1.')).toBe(true);
    expect(bytes.trimEnd().endsWith('%%EOF')).toBe(true);
    const xref = Number(/startxref\n(\d+)/.exec(bytes)?.[1]);
    expect(bytes.slice(xref, xref + 4)).toBe('xref');
  }
});

test('a group without meetings or documents, pages, and defaults from the schema', async () => {
  const { workingGroups, meetings, documents, pages } = await content;
  expect(workingGroups.map((g) => g.id)).toEqual(['wg1', 'wg2', 'wg3', 'wg4']);
  expect(meetings.filter((m) => m.body === 'wg4')).toEqual([]);
  expect(documents.filter((d) => d.owner === 'wg4')).toEqual([]);
  expect(pages.map((p) => p.slug)).toEqual(['accessibility', 'privacy']);
  expect(pages.find((p) => p.slug === 'privacy')?.version).toBe('2030-01');
  const lisbon = meetings.find((m) => m.slug === '2086-11-05-example-platform-lisbon-plenary')!;
  expect(lisbon.timeZone).toBe('Europe/Lisbon');
  expect(meetings.find((m) => m.slug === '2086-03-31-example-group-1-spring-meeting')!.timeZone).toBe('Europe/Brussels');
  expect(meetings.find((m) => m.slug === '2021-03-10-example-group-2-online-meeting')!.revision).toBe(2);
  expect(lisbon.revision).toBe(0);
});

test('split at a fixed "now", past and future month-only dates land where they should', async () => {
  const { meetings } = await content;
  const { upcoming, past } = splitMeetings(meetings, new Date('2026-11-28T12:00:00Z'));
  expect(upcoming.map((m) => m.slug)[0]).toBe('2086-03-31-example-group-1-spring-meeting');
  expect(upcoming.map((m) => m.slug)).toContain('2087-06-example-group-3-meeting');
  expect(past.map((m) => m.slug)).toContain('2020-06-example-group-1-kick-off');
  expect(past[0]?.slug).toBe('2022-05-17-example-group-1-hybrid-meeting');
});

test('each item keeps its MDX body as written, for search and feeds', async () => {
  const { platform, meetings } = await content;
  expect(platform.source).toContain('The **Example Platform** is a fictional body');
  expect(platform.source).not.toContain('shortTitle:');
  const founding = meetings.find((m) => m.slug === '2020-01-15-founding-meeting')!;
  expect(founding.outcomes?.source).toContain('The plenary agreed an **interoperability charter**');
  expect(founding.sourcePath).toBe('meetings/2020-01-15-founding-meeting.mdx');
});

test('the fixture meetings meant to be upcoming stay upcoming for at least ten more years', async () => {
  // The one test that reads the real clock, on purpose: the e2e servers run on the real clock, and the
  // journeys need upcoming meetings. Fixture dates sit decades ahead; this fails, naming them, long
  // before they expire (move them further out by a multiple of 28 years to keep their weekdays).
  const { meetings } = await content;
  const inTenYears = new Date();
  inTenYears.setUTCFullYear(inTenYears.getUTCFullYear() + 10);
  const { upcoming } = splitMeetings(meetings, inTenYears);
  expect(upcoming.map((m) => m.slug).sort()).toEqual([
    '2086-03-31-example-group-1-spring-meeting',
    '2086-10-27-example-group-2-autumn-meeting',
    '2086-11-05-example-platform-lisbon-plenary',
    '2087-06-example-group-3-meeting',
    '2087-12-example-group-3-winter-meeting',
  ]);
});
