import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCatalogues, checkMessage } from '@/lib/i18n/catalogue-check';

const repo = path.resolve(__dirname, '../../..');
const messages = path.join(repo, 'messages');
const brokenRoot = path.join(repo, 'tests/fixtures/broken-catalogues');

type Json = { [key: string]: Json | string };
type Patch = { locale: string; set?: Record<string, string>; remove?: string[]; raw?: string; deleteFile?: boolean };

/**
 * Each case is a patch to one real catalogue in tests/fixtures/broken-catalogues/<case>.json (a message set
 * or removed, the whole file replaced, or the file deleted), applied to a copy of messages/; the check finds exactly this.
 */
const cases: Record<string, string> = {
  'missing-key': 'fr.json: pages.meetings.title: missing (English: "Meetings")',
  'broken-placeholder': 'fr.json: common.footer.managedBy: expected the placeholders {owner} as in English, got {proprietaire}',
  'invalid-syntax': 'fr.json: pages.meetings.organiserTitle: invalid ICU syntax (EXPECT_ARGUMENT_CLOSING_BRACE at line 1',
  'missing-plural-category': 'pl.json: mail.change.applyBy: expected the plural categories of pl in {days}, few many one other (CLDR); missing few',
  'foreign-plural-category': 'de.json: mail.change.applyBy: expected the plural categories of de in {days}, one other (CLDR); few is not a category of de',
  'plural-made-simple': 'fr.json: mail.change.applyBy: expected {days} to be a plural as in English, got a argument',
  'select-options': 'fr.json: dates.zones.brussels: expected the options of {period} to be other summer as in English, got ete other',
  'missing-tag': 'de.json: pages.meetings.noUpcomingAction: expected the tags <link> as in English, got none',
  'unknown-key': 'pl.json: pages.meetings.subtitle: unknown key: English has no such message',
  'admin-namespace': 'fr.json: admin: unknown namespace: it exists in English only (the secretariat area stays English); leave it out',
  'invalid-json': 'fr.json: expected valid JSON, got ',
  'missing-catalogue': 'ga.json: missing: every one of the 24 languages has a catalogue',
};

function setIn(catalogue: Json, dotted: string, value: string | undefined): void {
  const keys = dotted.split('.');
  let node = catalogue;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

async function brokenCopy(caseName: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dei-broken-catalogue-${caseName}-`));
  for (const file of await readdir(messages)) if (file.endsWith('.json')) await copyFile(path.join(messages, file), path.join(dir, file));
  const patch = JSON.parse(await readFile(path.join(brokenRoot, `${caseName}.json`), 'utf8')) as Patch;
  const target = path.join(dir, `${patch.locale}.json`);
  if (patch.deleteFile) {
    await rm(target);
    return dir;
  }
  if (patch.raw !== undefined) {
    await writeFile(target, patch.raw);
    return dir;
  }
  const catalogue = JSON.parse(await readFile(target, 'utf8')) as Json;
  for (const key of patch.remove ?? []) setIn(catalogue, key, undefined);
  for (const [key, value] of Object.entries(patch.set ?? {})) setIn(catalogue, key, value);
  await writeFile(target, JSON.stringify(catalogue, null, 2));
  return dir;
}

test('the catalogues in the repository pass: every key, placeholder, plural category and tag as the check asks', () => {
  const result = checkCatalogues(messages);
  expect(result.problems).toEqual([]);
  expect(result.summary).toMatch(/^English and 23 languages \(bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv\) checked, \d+ messages each; all 24 languages present$/);
});

test('every broken catalogue has an expected message, and every expected message a fixture', async () => {
  expect((await readdir(brokenRoot)).map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(cases).sort());
});

describe.each(Object.entries(cases))('broken catalogue %s', (caseName, expected) => {
  test('gives exactly one problem naming the file, the key and what was expected', async () => {
    const dir = await brokenCopy(caseName);
    const { problems } = checkCatalogues(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

test('npm run i18n:check fails on a broken catalogue and passes on the repository’s', async () => {
  const tsx = path.join(repo, 'node_modules/.bin/tsx');
  const run = (messagesDir: string) =>
    spawnSync(tsx, ['scripts/i18n-check.ts', '--messages', messagesDir], { cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content' } });
  const broken = run(await brokenCopy('broken-placeholder'));
  expect(broken.status).toBe(1);
  expect(broken.stderr).toContain('common.footer.managedBy: expected the placeholders {owner}');
  const good = run('messages');
  expect(good.status).toBe(0);
  expect(good.stdout).toContain('i18n:check catalogues: English and');
});

test('plural categories are CLDR’s for the language: Irish has five, Latvian a zero, French a many', () => {
  const english = 'For {days, plural, one {# day} other {# days}}.';
  expect(checkMessage('Ar feadh {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}.', english, 'ga')).toEqual([]);
  expect(checkMessage('Ar feadh {days, plural, one {# lá} other {# lá}}.', english, 'ga')).toEqual([
    'expected the plural categories of ga in {days}, few many one other two (CLDR); missing few many two',
  ]);
  expect(checkMessage('{days, plural, zero {# dienu} one {# dienu} other {# dienas}}', english, 'lv')).toEqual([]);
  expect(checkMessage('{days, plural, one {# jour} other {# jours}}', english, 'fr')).toEqual([
    'expected the plural categories of fr in {days}, many one other (CLDR); missing many',
  ]);
  // An exact case is always allowed beside the categories.
  expect(checkMessage('{days, plural, =0 {aucun jour} one {# jour} many {# jours} other {# jours}}', english, 'fr')).toEqual([]);
});
