import { expect, test } from 'vitest';
import { analyzerFor, normaliseGerman, STEMMED_LOCALES } from '@/lib/search/analysis';
import { buildIndex, search, type SearchDocument } from '@/lib/search/engine';
import { parseQuery } from '@/lib/search/query';
import { LOCALES } from '@/lib/i18n/locales';

const en = analyzerFor('en');
const fr = analyzerFor('fr');
const de = analyzerFor('de');
const same = (a: ReturnType<typeof analyzerFor>, x: string, y: string) => a.variants(x).some((t) => a.variants(y).includes(t));

test('16 of the 24 languages are stemmed by Snowball; the other 8 are normalised only', () => {
  expect(STEMMED_LOCALES).toEqual(['bg', 'da', 'de', 'el', 'en', 'es', 'fi', 'fr', 'ga', 'hu', 'it', 'lt', 'nl', 'pt', 'ro', 'sv']);
  const unstemmed = LOCALES.filter((l) => !STEMMED_LOCALES.includes(l));
  expect(unstemmed).toEqual(['cs', 'et', 'hr', 'lv', 'mt', 'pl', 'sk', 'sl']);
  for (const locale of unstemmed) expect(analyzerFor(locale).stemmed).toBe(false);
  // Normalised only: lower case, accents folded, the word otherwise whole.
  expect(analyzerFor('pl').terms('Spotkania GRUPY roboczej w Łodzi')).toEqual(['spotkania', 'grupy', 'roboczej', 'w', 'łodzi']);
  expect(analyzerFor('cs').terms('Schůzka pracovní skupiny')).toEqual(['schuzka', 'pracovni', 'skupiny']);
});

test('each language has its own stemming: plurals and derived forms meet', () => {
  expect(same(en, 'meetings', 'meeting')).toBe(true);
  expect(same(en, 'Digitising', 'digitisation')).toBe(true);
  expect(same(fr, 'réunions', 'réunion')).toBe(true);
  expect(same(fr, 'numériques', 'numérique')).toBe(true);
  expect(same(de, 'Sitzungen', 'Sitzung')).toBe(true);
  expect(same(de, 'Arbeitsgruppen', 'Arbeitsgruppe')).toBe(true);
  expect(same(analyzerFor('es'), 'informaciones', 'información')).toBe(true);
  expect(same(analyzerFor('el'), 'Συνεδριάσεις', 'συνεδρίαση')).toBe(true);
});

test('no English plural folding reaches French: "industries" is not turned into "industry"', () => {
  expect(same(en, 'industries', 'industry')).toBe(true);
  expect(same(fr, 'industries', 'industry')).toBe(false);
  expect(same(fr, 'industries', 'industrie')).toBe(true);
  expect(fr.variants('industries')).not.toContain('industry');
});

test('German: ü and ue, ö and oe, ä and ae, ß and ss are one spelling; Bauer, Feuer and Quelle keep their e', () => {
  expect(same(de, 'Begrüßung', 'Begruessung')).toBe(true);
  expect(same(de, 'Begrüßung', 'Begrussung')).toBe(true);
  expect(same(de, 'Brüssel', 'Bruessel')).toBe(true);
  expect(same(de, 'Straße', 'Strasse')).toBe(true);
  expect(same(de, 'Ärzte', 'Aerzte')).toBe(true);
  expect(same(de, 'Öffentlichkeit', 'Oeffentlichkeit')).toBe(true);
  expect(normaliseGerman('bauer')).toBe('bauer');
  expect(normaliseGerman('feuer')).toBe('feuer');
  expect(normaliseGerman('quelle')).toBe('quelle');
  expect(normaliseGerman('mueller')).toBe('muller');
  // Only German gets these rules: in French, "ue" is a plain pair of letters.
  expect(fr.term('Bruessel')).not.toBe(fr.term('Brüssel'));
});

test('a word typed without its accents finds the word written with them, in every language', () => {
  expect(same(fr, 'interoperabilite', 'interopérabilité')).toBe(true);
  expect(same(fr, 'reunion', 'réunion')).toBe(true);
  expect(same(analyzerFor('es'), 'informacion', 'información')).toBe(true);
  expect(same(analyzerFor('pt'), 'reuniao', 'reunião')).toBe(true);
  expect(same(en, 'LIEGE', 'Liège')).toBe(true);
  expect(same(analyzerFor('pl'), 'lodz', 'Łódź')).toBe(false); // ł has no accent to remove: it is a letter of its own
  expect(same(analyzerFor('pl'), 'Lodz', 'Lódz')).toBe(true);
});

const docs: SearchDocument[] = [
  { kind: 'page', url: '/', title: 'Plateforme des initiatives nationales', summary: 'Les industries numériques.', body: 'Les réunions de la plateforme et ses groupes de travail.', keywords: '', locale: 'fr' },
  { kind: 'meeting', url: '/meetings/a', title: 'Réunion de printemps', summary: 'Une réunion du groupe 1.', body: "Charte d'interopérabilité.", keywords: '', locale: 'fr' },
  { kind: 'meeting', url: '/meetings/b', title: 'Autumn meeting', summary: 'A meeting not translated into French.', body: 'Industries and platforms.', keywords: '', locale: 'en' },
];
const mixed = buildIndex(docs);
const run = (q: string) => search(mixed, parseQuery(q).terms).map((h) => ({ url: h.doc.url, locale: h.doc.locale }));

test('a mixed index matches each page in its own language and says which language each hit is in', () => {
  expect(run('réunions')).toEqual([
    { url: '/meetings/a', locale: 'fr' },
    { url: '/', locale: 'fr' },
  ]);
  expect(run('meetings')).toEqual([{ url: '/meetings/b', locale: 'en' }]);
  expect(run('interoperabilite')).toEqual([{ url: '/meetings/a', locale: 'fr' }]);
  // "industry" is English: it finds the English page's "Industries", not the French page's "industries".
  expect(run('industry')).toEqual([{ url: '/meetings/b', locale: 'en' }]);
  expect(run('industrie')[0]).toEqual({ url: '/', locale: 'fr' });
});

test('highlighting marks words by the analysis of the hit’s language', () => {
  const [hit] = search(mixed, parseQuery('reunion printemps').terms);
  expect(hit?.doc.url).toBe('/meetings/a');
  expect(hit?.title.filter((s) => s.match).map((s) => s.text)).toEqual(['Réunion', 'printemps']);
  expect(hit?.excerpt.filter((s) => s.match).map((s) => s.text)).toEqual([]);
  const [english] = search(mixed, parseQuery('platform').terms);
  expect(english?.excerpt.filter((s) => s.match).map((s) => s.text)).toEqual(['platforms']);
});
