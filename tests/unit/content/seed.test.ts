import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  getBodies,
  getBodyById,
  getDocuments,
  getMeetingBySlug,
  getMeetings,
  getMeetingsByBody,
  getPageBySlug,
  getPlatform,
  getWorkingGroupBySlug,
  getWorkingGroups,
} from '@/lib/content';
import { getDateFormat } from '@/lib/i18n/date-format';
import { getTranslator } from '@/lib/i18n/translator';
import { bodyNames } from '@/lib/site/bodies';

/** The seed is the only source of facts; these tests read the site's own content/ through the public API. */
const seed = readFile(path.resolve(__dirname, '../../../../../shared/seeds/000_1c3c7de09cefc7ba.txt'), 'utf8').catch(
  () => null,
);

const mandates = {
  wg1: 'Engaging Digital Innovation Hubs to support a broad range of SMEs, develop sustainable models for services and collaboration through the network of Digital Innovation Hubs, and help businesses with training and skills development activities. It includes a reflection on an investment programme supporting all businesses, notably SMEs, to invest in their digitisation.',
  wg2: "Reflecting on future partnerships for research and innovation as a means for strategic programming at the EU level across European, national and regional programmes and as a vehicle for critical co-investments on Europe's key digital innovation challenges.",
  wg3: 'Reinforcing the pilot-based approach to jointly lead the global development of critical digital industrial platforms, including means to accelerate the essential standardisation of such platforms.',
};

test('three working groups, by number, with their mandates exactly as the seed words them', async () => {
  const groups = await getWorkingGroups();
  expect(groups.map((g) => [g.id, g.slug, g.number])).toEqual([
    ['wg1', 'wg1', 1],
    ['wg2', 'wg2', 2],
    ['wg3', 'wg3', 3],
  ]);
  for (const group of groups) expect(group.mandate).toBe(mandates[group.id as keyof typeof mandates]);
  const text = await seed;
  if (text) for (const mandate of Object.values(mandates)) expect(text).toContain(mandate);
});

test('group titles follow the seed, and all three were created at the governance meeting', async () => {
  const groups = await getWorkingGroups();
  expect(groups.map((g) => g.title)).toEqual([
    'Digital Innovation Hubs, investments and skills',
    'Public-Private Partnerships',
    'Digital industrial platforms and standardisation',
  ]);
  expect(new Set(groups.map((g) => g.createdAt))).toEqual(new Set(['2017-11-21-high-level-governance-meeting']));
  expect(await getWorkingGroupBySlug('wg4')).toBeNull();
  expect((await getWorkingGroupBySlug('wg2'))?.title).toBe('Public-Private Partnerships');
});

test('the governance meeting of 21 November 2017 in Brussels was held, by the Platform, with outcomes', async () => {
  const meeting = await getMeetingBySlug('2017-11-21-high-level-governance-meeting');
  expect(meeting).toMatchObject({
    body: 'platform',
    status: 'held',
    date: { precision: 'day', day: '2017-11-21' },
    timeZone: 'Europe/Brussels',
    venue: { city: 'Brussels' },
    documents: [],
  });
  expect(meeting?.outcomes?.mdx).toContain('creation of 3 working groups');
  expect(meeting?.mdx).not.toBe('');
  expect((await getDateFormat('en')).meetingDate(meeting!.date, meeting!.timeZone)).toBe('Tuesday, 21 November 2017');
});

test("Working Group 3's meeting is month-only, June 2018, to be confirmed, with no outcomes", async () => {
  const meetings = await getMeetingsByBody('wg3');
  expect(meetings).toHaveLength(1);
  expect(meetings[0]).toMatchObject({ status: 'tbc', date: { precision: 'month', month: '2018-06' }, outcomes: null });
  expect((await getDateFormat('en')).meetingDate(meetings[0]!.date, meetings[0]!.timeZone)).toBe('June 2018 (to be confirmed)');
  expect(await getMeetingsByBody('wg1')).toEqual([]);
  expect(await getMeetingsByBody('wg2')).toEqual([]);
});

test('meetings by date, earliest first; no documents yet; unknown slugs give null', async () => {
  expect((await getMeetings()).map((m) => m.slug)).toEqual([
    '2017-11-21-high-level-governance-meeting',
    '2018-06-working-group-3-meeting',
  ]);
  expect(await getDocuments()).toEqual([]);
  expect(await getMeetingBySlug('no-such-meeting')).toBeNull();
  expect(await getPageBySlug('no-such-page')).toBeNull();
});

test('bodies: the Platform first, then the groups, named for people', async () => {
  const platform = await getPlatform();
  expect(platform.shortTitle).toBe('DEI Platform');
  const words = await getTranslator('en', 'pages.workingGroups');
  expect((await getBodies()).map((b) => ({ id: b.id, href: b.href, ...bodyNames(b, words) }))).toEqual([
    { id: 'platform', name: platform.title, shortName: 'DEI Platform', href: '/' },
    {
      id: 'wg1',
      name: 'Working Group 1: Digital Innovation Hubs, investments and skills',
      shortName: 'Working Group 1',
      href: '/working-groups/wg1',
    },
    { id: 'wg2', name: 'Working Group 2: Public-Private Partnerships', shortName: 'Working Group 2', href: '/working-groups/wg2' },
    {
      id: 'wg3',
      name: 'Working Group 3: Digital industrial platforms and standardisation',
      shortName: 'Working Group 3',
      href: '/working-groups/wg3',
    },
  ]);
  expect(await getBodyById('wg9')).toBeNull();
  expect((await getBodyById('platform'))?.href).toBe('/');
});
