import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

// getEnv() reads the environment once, so CONTENT_DIR is set before the content API is first imported.
// (Vitest runs each test file in its own process.)
let api: typeof import('@/lib/content');
const saved = { CONTENT_DIR: process.env.CONTENT_DIR, MDX_CACHE_DIR: process.env.MDX_CACHE_DIR };
beforeAll(async () => {
  process.env.CONTENT_DIR = path.resolve(__dirname, '../../fixtures/content');
  process.env.MDX_CACHE_DIR = path.join(os.tmpdir(), 'dei-queries-test-mdx-cache');
  api = await import('@/lib/content');
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

test('the public API reads the directory named by CONTENT_DIR', async () => {
  expect((await api.getPlatform()).shortTitle).toBe('Example Platform');
  expect((await api.getWorkingGroups()).map((g) => g.id)).toEqual(['wg1', 'wg2', 'wg3', 'wg4']);
});

test('getMeetingsByBody gives a body’s meetings, earliest first', async () => {
  expect((await api.getMeetingsByBody('wg1')).map((m) => m.slug)).toEqual([
    '2020-06-example-group-1-kick-off',
    '2022-05-17-example-group-1-hybrid-meeting',
    '2086-03-31-example-group-1-spring-meeting',
  ]);
  expect(await api.getMeetingsByBody('wg4')).toEqual([]);
});

test('getDocuments, latest first; getDocumentsByBody by owner', async () => {
  expect((await api.getDocuments()).map((d) => d.slug)).toEqual([
    'group-2-minutes-de',
    'group-1-work-plan',
    'founding-meeting-report-fr',
    'founding-meeting-minutes',
  ]);
  expect((await api.getDocumentsByBody('wg2')).map((d) => d.slug)).toEqual(['group-2-minutes-de']);
});

test('single lookups return the item or null', async () => {
  expect((await api.getMeetingBySlug('2086-10-27-example-group-2-autumn-meeting'))?.title).toBe(
    'Autumn meeting: données, interopérabilité; Zürich, Kraków',
  );
  expect(await api.getMeetingBySlug('2086-10-27')).toBeNull();
  expect((await api.getPageBySlug('privacy'))?.version).toBe('2030-01');
  expect((await api.getWorkingGroupBySlug('wg4'))?.createdAt).toBeUndefined();
  expect(await api.getBodyById('wg4')).toMatchObject({ number: 4, title: 'Example accessibility of public digital services', href: '/working-groups/wg4' });
  expect(await api.getBodyById('wg5')).toBeNull();
});

test('repeated queries return the same loaded objects (one load per process)', async () => {
  const first = await api.getMeetings();
  const second = await api.getMeetings();
  expect(second[0]).toBe(first[0]);
});
