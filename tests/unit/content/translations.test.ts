import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseContentFileName } from '@/lib/content/file-names';
import { checkContent, loadSite } from '@/lib/content/load';
import { getCompileStats } from '@/lib/content/mdx';
import { checkContentTranslations } from '@/lib/content/translation-report';
import { fingerprintOf } from '@/lib/content/translation';
import { LOCALES } from '@/lib/i18n/locales';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'tests/fixtures/content');
const publicDir = path.join(repo, 'public');
const cacheDir = path.join(os.tmpdir(), 'dei-translations-test-mdx-cache');
const site = loadSite({ contentDir: fixtures, publicDir, cacheDir });
const FOUNDING = '2020-01-15-founding-meeting';

test('the 24 official languages of the EU, English among them, each a two-letter code', () => {
  expect(LOCALES).toHaveLength(24);
  expect(LOCALES).toContain('en');
  expect(LOCALES.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
  expect([...LOCALES].sort()).toEqual(LOCALES);
});

test('file names: <name>.<code>.mdx is a translation; English, unknown codes and other suffixes are told apart', () => {
  expect(parseContentFileName('x.mdx')).toEqual({ base: 'x', locale: null });
  expect(parseContentFileName('x.fr.mdx')).toEqual({ base: 'x', locale: 'fr' });
  expect(parseContentFileName('x.outcomes.mdx')).toEqual({ base: 'x.outcomes', locale: null });
  expect(parseContentFileName('x.outcomes.de.mdx')).toEqual({ base: 'x.outcomes', locale: 'de' });
  expect(parseContentFileName('x.en.mdx')).toMatchObject({ code: 'en', message: expect.stringContaining('English is the source, x.mdx') });
  expect(parseContentFileName('x.xx.mdx')).toMatchObject({ code: 'xx', message: expect.stringContaining('got "xx"') });
  // Not two letters: not a language; the kebab-case check reports such a name.
  expect(parseContentFileName('x.pdf.mdx')).toEqual({ base: 'x.pdf', locale: null });
});

test('the home page in French: translated fields and body, structural fields from English, its languages listed', async () => {
  const english = (await site).inLocale('en').platform;
  const french = (await site).inLocale('fr').platform;
  expect(french.title).toBe("Plateforme d'exemple des initiatives nationales (jeu d'essai)");
  expect(french.owner).toBe("le secrétariat fictif de la Plateforme d'exemple");
  expect(french.source).toContain('La **Plateforme d\'exemple** est un organisme fictif');
  expect(french.mdx).not.toBe(english.mdx);
  expect(french.sourcePath).toBe('platform.fr.mdx');
  expect(french.contactEmail).toBe(english.contactEmail);
  expect(french).toMatchObject({ locale: 'fr', locales: ['en', 'de', 'fr'], outdated: false });
  expect(english).toMatchObject({ locale: 'en', locales: ['en', 'de', 'fr'], outdated: false, sourcePath: 'platform.mdx' });
});

test('a meeting in German: title, summary, agenda, venue names and outcomes translated; date, status and address as in English', async () => {
  const english = (await site).inLocale('en').meetings.find((m) => m.slug === FOUNDING)!;
  const german = (await site).inLocale('de').meetings.find((m) => m.slug === FOUNDING)!;
  expect(german.title).toBe('Gründungsplenarsitzung der Beispielplattform');
  expect(german.agenda).toEqual(['Begrüßung und Vorstellungsrunde', 'Das Arbeitsprogramm 2020 bis 2021', 'Einsetzung der Arbeitsgruppen und ihre Mandate']);
  expect(german.venue).toEqual({ name: 'Beispiel-Konferenzzentrum', address: english.venue?.address, city: 'Brüssel', country: 'Belgien' });
  for (const key of ['date', 'status', 'body', 'timeZone', 'format', 'registrationDeadline', 'revision'] as const) {
    expect(german[key]).toEqual(english[key]);
  }
  expect(german).toMatchObject({ locale: 'de', locales: ['en', 'de', 'fr'] });
  expect(german.outcomes).toMatchObject({ title: 'Ergebnisse der Gründungsplenarsitzung', locale: 'de', published: english.outcomes?.published });
  expect(german.outcomes?.source).toContain('**Interoperabilitätscharta**');
});

test('an item without a translation comes in English, saying so, with the one language it exists in', async () => {
  const french = (await site).inLocale('fr');
  const kickOff = french.meetings.find((m) => m.slug === '2020-06-example-group-1-kick-off')!;
  expect(kickOff).toMatchObject({ locale: 'en', locales: ['en'], outdated: false });
  expect(kickOff.title).toBe((await site).inLocale('en').meetings.find((m) => m.slug === kickOff.slug)!.title);
  // A language with no translation at all: every item in English, still listing the languages it exists in.
  const polish = (await site).inLocale('pl');
  expect(polish.locale).toBe('pl');
  expect(polish.platform).toMatchObject({ locale: 'en', locales: ['en', 'de', 'fr'] });
  expect(polish.platform.title).toBe((await site).inLocale('en').platform.title);
  // The meeting's own document list carries the documents in the language asked for.
  const minutes = french.meetings.find((m) => m.slug === FOUNDING)!.documents.find((d) => d.slug === 'founding-meeting-minutes')!;
  expect(minutes).toMatchObject({ title: 'Procès-verbal de la séance plénière constitutive', locale: 'fr', languages: ['en'] });
});

test('a working group in French keeps its mandate in the words of the English source (S-CONTENT-8)', async () => {
  const english = (await site).inLocale('en').workingGroups.find((g) => g.id === 'wg1')!;
  const french = (await site).inLocale('fr').workingGroups.find((g) => g.id === 'wg1')!;
  expect(french.title).toBe("Espaces de données, compétences et bancs d'essai d'exemple");
  expect(french.mandate).toBe(english.mandate);
  expect(french.locale).toBe('fr');
});

test('a translation made from an older English text is shown, marked outdated, and listed as such', async () => {
  const loaded = await site;
  expect(loaded.inLocale('de').pages.find((p) => p.slug === 'accessibility')).toMatchObject({ locale: 'de', outdated: true });
  expect(loaded.inLocale('fr').pages.find((p) => p.slug === 'accessibility')).toMatchObject({ locale: 'fr', outdated: false });
  expect(loaded.translations.filter((t) => t.outdated)).toEqual([
    {
      sourcePath: 'pages/accessibility.de.mdx',
      englishPath: 'pages/accessibility.mdx',
      locale: 'de',
      translatedFrom: 'sha256:e91d9e24475d',
      englishFingerprint: 'sha256:780021845f47',
      outdated: true,
    },
  ]);
  expect(loaded.translations.map((t) => t.sourcePath)).toHaveLength(11);
});

test('each language is assembled once and kept; a code outside the 24 is refused', async () => {
  const loaded = await site;
  expect(loaded.inLocale('fr')).toBe(loaded.inLocale('fr'));
  expect(() => loaded.inLocale('xx' as 'fr')).toThrow(RangeError);
});

test('the fingerprint changes with the translatable text only, whatever the order of fields or the line endings', () => {
  const data = { title: 'A meeting', summary: 'What it is.', body: 'platform', status: 'held', date: { precision: 'day', day: '2020-01-15' } };
  const base = fingerprintOf('meeting', data, 'Body text.\n');
  expect(base).toMatch(/^sha256:[0-9a-f]{12}$/);
  expect(fingerprintOf('meeting', { ...data, status: 'cancelled', date: { precision: 'day', day: '2020-02-01' } }, 'Body text.\n')).toBe(base);
  expect(fingerprintOf('meeting', { summary: 'What it is.', title: 'A meeting', body: 'platform' }, '\r\nBody text.\r\n')).toBe(base);
  expect(fingerprintOf('meeting', { ...data, title: 'A changed meeting' }, 'Body text.\n')).not.toBe(base);
  expect(fingerprintOf('meeting', data, 'Body text, edited.\n')).not.toBe(base);
  expect(fingerprintOf('meeting', { ...data, agenda: ['One item'] }, 'Body text.\n')).not.toBe(base);
});

test('the content part of i18n:check lists the stale translation, and nothing once it is brought up to date', async () => {
  const stale = await checkContentTranslations({ contentDir: fixtures, publicDir, cacheDir });
  expect(stale.summary).toContain('11 translations in 2 languages (de 5, fr 6)');
  expect(stale.problems).toEqual([
    'pages/accessibility.de.mdx: translatedFrom: older than its English source pages/accessibility.mdx: made from the English text sha256:e91d9e24475d, which is now sha256:780021845f47; update the translation from the English, then set translatedFrom: sha256:780021845f47',
  ]);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dei-translations-current-'));
  await cp(fixtures, dir, { recursive: true });
  const file = path.join(dir, 'pages/accessibility.de.mdx');
  await writeFile(file, (await readFile(file, 'utf8')).replace('translatedFrom: sha256:e91d9e24475d', 'translatedFrom: sha256:780021845f47'));
  const current = await checkContentTranslations({ contentDir: dir, publicDir, cacheDir });
  expect(current.problems).toEqual([]);
  expect(current.summary).toContain('0 older than their English source');
});

test('editing the English file makes its translations stale; editing only a structural field does not', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dei-translations-edit-'));
  await cp(fixtures, dir, { recursive: true });
  const meeting = path.join(dir, `meetings/${FOUNDING}.mdx`);
  const original = await readFile(meeting, 'utf8');
  await writeFile(meeting, original.replace('registrationDeadline: 2020-01-08', 'registrationDeadline: 2020-01-09'));
  const afterDate = await checkContent({ contentDir: dir, publicDir, cacheDir });
  expect(afterDate.site?.translations.filter((t) => t.outdated).map((t) => t.sourcePath)).toEqual(['pages/accessibility.de.mdx']);
  await writeFile(meeting, original.replace('- Welcome and introductions', '- Welcome, introductions and apologies'));
  const afterAgenda = await checkContent({ contentDir: dir, publicDir, cacheDir });
  expect(afterAgenda.site?.translations.filter((t) => t.outdated).map((t) => t.sourcePath)).toEqual([
    `meetings/${FOUNDING}.de.mdx`,
    `meetings/${FOUNDING}.fr.mdx`,
    'pages/accessibility.de.mdx',
  ]);
});

test('translations are compiled once and cached by content hash like English bodies', async () => {
  const fresh = await mkdtemp(path.join(os.tmpdir(), 'dei-translations-cache-'));
  const options = { contentDir: fixtures, publicDir, cacheDir: fresh };
  const start = getCompileStats().compiled;
  const first = await loadSite(options);
  const afterFirst = getCompileStats().compiled;
  const files = (await readdir(fresh, { recursive: true })).filter((f) => String(f).endsWith('.js'));
  expect(files.length).toBe(afterFirst - start);
  const translated = (['de', 'fr'] as const).flatMap((locale) => {
    const c = first.inLocale(locale);
    return [c.platform, ...c.workingGroups, ...c.meetings, ...c.meetings.flatMap((m) => (m.outcomes ? [m.outcomes] : [])), ...c.documents, ...c.pages];
  }).filter((item) => item.locale !== 'en');
  expect(translated).toHaveLength(11);
  expect(translated.every((item) => item.mdx.length > 0)).toBe(true);
  await loadSite(options);
  expect(getCompileStats().compiled).toBe(afterFirst);
});

test('the real site is English only', async () => {
  const { site: seed, problems } = await checkContent({ contentDir: path.join(repo, 'content'), publicDir, cacheDir });
  expect(problems).toEqual([]);
  expect(seed?.translations).toEqual([]);
});
