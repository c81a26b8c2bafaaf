import { beforeAll, expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';

pointAtFixtureSite();
let searchModule: typeof import('@/lib/search');
beforeAll(async () => {
  searchModule = await import('@/lib/search');
});

test('searching for words from a held meeting’s outcomes finds that meeting first', async () => {
  const { hits } = await searchModule.searchSite('interoperability charter');
  expect(hits[0]?.doc.url).toBe('/meetings/2020-01-15-founding-meeting');
  expect(hits[0]?.excerpt.filter((s) => s.match).map((s) => s.text.toLowerCase())).toEqual(
    expect.arrayContaining(['interoperability', 'charter']),
  );
});

test('pages, groups and documents are all searchable', async () => {
  const kinds = new Set<string>();
  for (const q of ['privacy', 'accessibility', 'working group', 'minutes', 'platform']) {
    for (const hit of (await searchModule.searchSite(q)).hits) kinds.add(hit.doc.kind);
  }
  expect([...kinds].sort()).toEqual(['document', 'meeting', 'page', 'working-group']);
});

test('accented words in content are found without their accents', async () => {
  const { hits } = await searchModule.searchSite('interoperabilite zurich');
  expect(hits[0]?.doc.url).toBe('/meetings/2086-10-27-example-group-2-autumn-meeting');
});

test('hostile queries return safely', async () => {
  for (const q of ['<script>alert(1)</script>', '\u0000\u0001', 'x'.repeat(10_000), ['a', 'b'], undefined, '"; DROP TABLE']) {
    const result = await searchModule.searchSite(q);
    expect(result.query.text.length).toBeLessThanOrEqual(200);
  }
});
