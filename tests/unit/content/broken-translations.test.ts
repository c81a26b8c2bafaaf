import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/report';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'tests/fixtures/content');
const brokenRoot = path.join(repo, 'tests/fixtures/broken-translations');
const publicDir = path.join(repo, 'public');
const cacheDir = path.join(os.tmpdir(), 'dei-broken-translations-test-mdx-cache');

/**
 * Each case is one translation file in tests/fixtures/broken-translations/<case>/, overlaid on a copy of
 * the fixture site; the content check (and so the build) refuses it with exactly this problem.
 */
const cases: Record<string, string> = {
  'structural-field':
    'meetings/2020-01-15-founding-meeting.it.mdx: date: expected only translatable fields (title, summary, agenda, venue) and translatedFrom in a translation; date is not translated: it comes from the English file meetings/2020-01-15-founding-meeting.mdx alone',
  'translated-mandate':
    'working-groups/wg2.fr.mdx: mandate: expected only translatable fields (title, summary) and translatedFrom in a translation; mandate is not translated: the mandate is quoted exactly as the source text words it (S-CONTENT-8), so it is never translated',
  orphan:
    'meetings/2031-01-01-no-such-meeting.fr.mdx: expected the English file meetings/2031-01-01-no-such-meeting.mdx beside this translation, found none (a translation translates an English file)',
  'unknown-code':
    'pages/privacy.xx.mdx: expected a language code among bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv before .mdx, got "xx"',
  'english-code': 'pages/accessibility.en.mdx: expected no English translation: English is the source, accessibility.mdx; move this text there',
  'platform-unknown-code': 'platform.zz.mdx: expected a language code among bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv before .mdx, got "zz"',
  'missing-translated-from':
    'documents/group-1-work-plan.fr.mdx: translatedFrom: expected the fingerprint of the English text this translation was made from (a required field; documents/group-1-work-plan.mdx is now ',
  'malformed-translated-from':
    'documents/group-1-work-plan.fr.mdx: translatedFrom: expected the fingerprint of the English text this translation was made from (sha256: and 12 hexadecimal digits, as npm run i18n:check prints it), got "yesterday"',
  'missing-translatable-field':
    'working-groups/wg2.de.mdx: summary: expected the translation of summary (working-groups/wg2.mdx sets it), got nothing',
  'agenda-count':
    'meetings/2020-01-15-founding-meeting.es.mdx: agenda: expected 3 items, one for each item of the English agenda in meetings/2020-01-15-founding-meeting.mdx, got 2',
  'venue-part-not-in-english': 'meetings/2020-01-15-founding-meeting.nl.mdx: venue.room: unknown field',
  'unknown-field': 'pages/privacy.fr.mdx: translator: unknown field, expected only translatedFrom and the translatable fields: title, description',
  'empty-body': 'pages/privacy.de.mdx: body: expected the translated text (pages/privacy.mdx has a body), got an empty body',
  'invalid-mdx': 'working-groups/wg3.fr.mdx: body: expected valid MDX, got an error:',
};

async function overlay(caseName: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dei-broken-translation-${caseName}-`));
  await cp(fixtures, dir, { recursive: true });
  await cp(path.join(brokenRoot, caseName), dir, { recursive: true });
  return dir;
}

test('every broken translation has an expected message, and every expected message a fixture', async () => {
  expect((await readdir(brokenRoot)).sort()).toEqual(Object.keys(cases).sort());
});

describe.each(Object.entries(cases))('broken translation %s', (caseName, expected) => {
  test('gives exactly one problem naming the file, the field and the reason', async () => {
    const dir = await overlay(caseName);
    const { site, problems } = await checkContent({ contentDir: dir, publicDir, cacheDir });
    expect(site).toBeNull();
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toContain(expected);
  });
});

test('a missing translatedFrom is answered with the fingerprint to record', async () => {
  const dir = await overlay('missing-translated-from');
  const fingerprint = spawnSync('npm', ['run', '--silent', 'i18n:check', '--', '--fingerprint', 'documents/group-1-work-plan.mdx'], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  }).stdout.trim();
  expect(fingerprint).toMatch(/^sha256:[0-9a-f]{12}$/);
  const { problems } = await checkContent({ contentDir: dir, publicDir, cacheDir });
  expect(formatProblem(problems[0]!)).toContain(`documents/group-1-work-plan.mdx is now ${fingerprint}), got nothing`);
}, 60_000);

function runI18nCheck(contentDir: string) {
  return spawnSync('npm', ['run', '--silent', 'i18n:check'], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: contentDir, MDX_CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
}

test('npm run i18n:check fails on a translation the content check refuses, printing the problem', async () => {
  const result = runI18nCheck(await overlay('structural-field'));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(cases['structural-field']);
}, 90_000);

test('npm run i18n:check fails on the fixture site, whose German accessibility statement is older than its English source', () => {
  const result = runI18nCheck('tests/fixtures/content');
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('1 older than its English source:');
  expect(result.stderr).toContain('pages/accessibility.de.mdx: translatedFrom: older than its English source pages/accessibility.mdx');
}, 90_000);

test('npm run i18n:check passes on the real site (English only) and says what it checked', () => {
  const result = runI18nCheck('content');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^i18n:check content: no translations in content; 0 older than their English source\.$/m);
}, 90_000);
