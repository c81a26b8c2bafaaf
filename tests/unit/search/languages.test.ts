import { beforeAll, expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';

pointAtFixtureSite();
let searchModule: typeof import('@/lib/search');
beforeAll(async () => {
  searchModule = await import('@/lib/search');
});

const FOUNDING = '/meetings/2020-01-15-founding-meeting';
const hitsOf = async (q: string, locale: Parameters<typeof searchModule.searchSite>[1]) =>
  (await searchModule.searchSite(q, locale)).hits.map((h) => ({ url: h.doc.url, locale: h.doc.locale ?? 'en' }));

test('French: the query meets the French text with French stemming, accents or not', async () => {
  for (const q of ['séance plénière constitutive', 'seance pleniere constitutive', 'séances plénières constitutives']) {
    // The meeting, and its minutes, whose French title is "Procès-verbal de la séance plénière constitutive".
    expect((await hitsOf(q, 'fr')).slice(0, 2)).toEqual([
      { url: '/documents#founding-meeting-minutes', locale: 'fr' },
      { url: FOUNDING, locale: 'fr' },
    ]);
  }
  // The French outcomes are part of the French meeting.
  expect((await hitsOf("charte d'interopérabilité", 'fr'))[0]).toEqual({ url: FOUNDING, locale: 'fr' });
  const { hits } = await searchModule.searchSite('charte interoperabilite', 'fr');
  expect(hits[0]?.excerpt.filter((s) => s.match).map((s) => s.text)).toEqual(['charte', 'interopérabilité']);
});

test('German: Begrüßung, Begruessung and Begrussung all find the meeting whose German agenda says Begrüßung', async () => {
  for (const q of ['Begrüßung', 'Begruessung', 'begrussung', 'Bruessel']) {
    expect((await hitsOf(q, 'de'))[0]).toEqual({ url: FOUNDING, locale: 'de' });
  }
  expect(await hitsOf('Datenraume Testumgebung', 'de')).toEqual(
    expect.arrayContaining([
      { url: '/', locale: 'de' },
      { url: '/working-groups/wg1', locale: 'de' },
    ]),
  );
});

test('pages not translated into the language are found in English, and each hit says its language', async () => {
  const french = await hitsOf('autumn meeting', 'fr');
  expect(french[0]).toEqual({ url: '/meetings/2086-10-27-example-group-2-autumn-meeting', locale: 'en' });
  const mixed = await hitsOf('plateforme platform', 'fr');
  expect(new Set(mixed.map((h) => h.locale))).toEqual(new Set(['fr', 'en']));
  // In French the founding meeting is French: its English words are not what French readers search.
  expect((await hitsOf('founding plenary', 'en')).map((h) => h.url)).toContain(FOUNDING);
  expect((await hitsOf('founding plenary', 'fr')).map((h) => h.url)).not.toContain(FOUNDING);
});

test('a language without any translation searches the English site, as English does', async () => {
  for (const q of ['interoperability charter', 'meeting', 'zurich']) {
    expect(await hitsOf(q, 'pl')).toEqual(await hitsOf(q, 'en'));
  }
  expect((await hitsOf('spotkanie', 'pl'))).toEqual([]);
});

test('the results say which language was searched; every language can be searched, and the indexes build at start', async () => {
  await searchModule.warmSearchIndexes();
  const { LOCALES } = await import('@/lib/i18n/locales');
  for (const locale of LOCALES) {
    const result = await searchModule.searchSite('meeting', locale);
    expect(result.locale).toBe(locale);
    expect(result.hits.length).toBeGreaterThan(0);
  }
});

test('results come a page at a time, with the total, so a results page need not render every hit', async () => {
  const all = await searchModule.searchSite('meeting', 'en', { pageSize: 100 });
  expect(all.total).toBe(all.hits.length);
  expect(all.total).toBeGreaterThan(4);
  const first = await searchModule.searchSite('meeting', 'en', { pageSize: 3 });
  const second = await searchModule.searchSite('meeting', 'en', { page: 2, pageSize: 3 });
  expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 3 });
  expect([...first.hits, ...second.hits].map((h) => h.doc.url)).toEqual(all.hits.slice(0, 6).map((h) => h.doc.url));
  expect((await searchModule.searchSite('meeting', 'en', { page: 999, pageSize: 3 })).hits).toEqual([]);
  for (const page of [0, -1, 1.5, Number.NaN]) expect((await searchModule.searchSite('meeting', 'en', { page })).page).toBe(1);
  expect((await searchModule.searchSite('meeting')).pageSize).toBe(searchModule.DEFAULT_PAGE_SIZE);
});
