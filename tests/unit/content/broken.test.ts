import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, loadContent } from '@/lib/content/load';
import { ContentError, formatProblem } from '@/lib/content/report';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'tests/fixtures/content');
const brokenRoot = path.join(repo, 'tests/fixtures/broken');
const publicDir = path.join(repo, 'public');
const cacheDir = path.join(os.tmpdir(), 'dei-broken-test-mdx-cache');

/** Each case is one file in tests/fixtures/broken/<case>/, overlaid on a copy of the fixture site. */
const cases: Record<string, string> = {
  'unknown-group-id':
    'meetings/2031-01-20-unknown-group.mdx: body: expected one of platform, wg1, wg2, wg3, wg4, got "wg9"',
  'bad-date': 'meetings/2031-02-03-bad-date.mdx: date.day: expected a date written YYYY-MM-DD, got "21/11/2017"',
  'month-only-held':
    'meetings/2031-02-month-only-held.mdx: status: expected tbc, postponed or cancelled for a month-only date',
  'missing-required-field': 'meetings/2031-02-04-no-summary.mdx: summary: expected text (a required field), got nothing',
  'unknown-field': 'meetings/2031-02-05-unknown-field.mdx: location: unknown field, expected only the known fields: title,',
  'bad-time-zone':
    'meetings/2031-02-06-bad-time-zone.mdx: timeZone: expected an IANA time zone such as Europe/Brussels, got "Europe/Atlantis"',
  'nonexistent-local-time':
    'meetings/2030-03-31-in-the-gap.mdx: date.start: expected a time that exists in Europe/Brussels on 2030-03-31',
  'in-person-without-venue':
    'meetings/2031-02-12-no-venue.mdx: venue: expected a venue (at least a city) for an in-person meeting',
  'online-without-link': 'meetings/2031-02-13-no-link.mdx: onlineUrl: expected a link to join an online meeting',
  'end-before-start': 'meetings/2031-02-07-end-before-start.mdx: date.end: expected an end time after the start time',
  'deadline-after-meeting':
    'meetings/2031-02-08-late-deadline.mdx: registrationDeadline: expected a day on or before the meeting (2031-02-08), got "2031-02-10"',
  'invalid-yaml': 'meetings/2031-02-09-invalid-yaml.mdx: frontmatter: expected valid YAML between --- lines',
  'group-with-invalid-yaml': 'working-groups/wg1.mdx: frontmatter: expected valid YAML between --- lines',
  'meeting-with-invalid-yaml':
    'meetings/2020-01-15-founding-meeting.mdx: frontmatter: expected valid YAML between --- lines',
  'invalid-mdx': 'meetings/2031-02-10-invalid-mdx.mdx: body: expected valid MDX, got an error: Unexpected end of file',
  'bad-file-name': 'meetings/Meeting_2031.mdx: expected a kebab-case file name',
  'outcomes-without-meeting':
    'meetings/2031-03-01-no-such-meeting.outcomes.mdx: expected a meeting file meetings/2031-03-01-no-such-meeting.mdx beside these outcomes, found none',
  'outcomes-for-unheld-meeting':
    'meetings/2086-03-31-example-group-1-spring-meeting.outcomes.mdx: expected outcomes only for a held meeting',
  'created-at-unknown-meeting':
    'working-groups/wg5.mdx: createdAt: expected the slug of a meeting in meetings/, got "2019-01-01-no-such-meeting"',
  'duplicate-group-number': 'working-groups/wg5.mdx: number: expected 5, the number in the file name wg5.mdx, got number 1',
  'bad-group-file-name': 'working-groups/group-five.mdx: expected a file name wgN.mdx',
  'document-file-missing':
    'documents/missing-file.mdx: file: expected a file at public/fixtures/documents/missing.pdf, found none',
  'document-file-and-url': 'documents/file-and-url.mdx: file: expected exactly one of file (under public/) or url',
  'document-unknown-owner': 'documents/unknown-owner.mdx: owner: expected one of platform, wg1, wg2, wg3, wg4, got "wg9"',
  'document-unknown-meeting':
    'documents/unknown-meeting.mdx: meeting: expected the slug of a meeting in meetings/, got "2031-13-no-such-meeting"',
  'document-owner-mismatch':
    'documents/wrong-owner.mdx: owner: expected "wg2", the organising body of meeting 2021-03-10-example-group-2-online-meeting, got "wg1"',
  'document-without-language': 'documents/no-language.mdx: languages: expected at least one language, got an empty list',
  'page-missing-updated': 'pages/terms.mdx: updated: expected text (a required field), got nothing',
};

async function overlay(caseName: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dei-broken-${caseName}-`));
  await cp(fixtures, dir, { recursive: true });
  await cp(path.join(brokenRoot, caseName), dir, { recursive: true });
  return dir;
}

test('every broken fixture has an expected message, and every expected message a fixture', async () => {
  expect((await readdir(brokenRoot)).sort()).toEqual(Object.keys(cases).sort());
});

test('the fixture site itself has no problem', async () => {
  const { content, problems } = await checkContent({ contentDir: fixtures, publicDir, cacheDir });
  expect(problems.map(formatProblem)).toEqual([]);
  expect(content).not.toBeNull();
});

describe.each(Object.entries(cases))('broken case %s', (caseName, expected) => {
  test('gives exactly one problem naming the file, the field and the expectation', async () => {
    const dir = await overlay(caseName);
    const { content, problems } = await checkContent({ contentDir: dir, publicDir, cacheDir });
    expect(content).toBeNull();
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toContain(expected);
  });
});

test('the loader throws a ContentError whose message is the whole report', async () => {
  const dir = await overlay('bad-date');
  const error = await loadContent({ contentDir: dir, publicDir, cacheDir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).message).toBe(
    `1 content problem in ${dir}:\n  ${cases['bad-date']}`,
  );
});

test('problems from several files are all reported, not only the first', async () => {
  const dir = await overlay('bad-date');
  await cp(path.join(brokenRoot, 'document-file-missing'), dir, { recursive: true });
  await cp(path.join(brokenRoot, 'unknown-field'), dir, { recursive: true });
  const { problems } = await checkContent({ contentDir: dir, publicDir, cacheDir });
  const lines = problems.map(formatProblem);
  expect(lines).toHaveLength(3);
  for (const name of ['bad-date', 'document-file-missing', 'unknown-field']) {
    expect(lines.some((line) => line.includes(cases[name]!))).toBe(true);
  }
});

function runContentCheck(contentDir: string) {
  return spawnSync('npm', ['run', '--silent', 'content:check'], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: contentDir, MDX_CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
}

test('npm run content:check prints the report and exits 1 on a broken site', async () => {
  const dir = await overlay('unknown-group-id');
  const result = runContentCheck(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(cases['unknown-group-id']);
}, 90_000);

test.each([
  ['the seed', 'content'],
  ['the fixtures', 'tests/fixtures/content'],
])('npm run content:check exits 0 on %s with a line of counts', (_name, contentDir) => {
  const result = runContentCheck(contentDir);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Content OK in .+: \d+ working groups, \d+ meetings/);
}, 90_000);
