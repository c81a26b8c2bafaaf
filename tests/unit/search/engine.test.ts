import { expect, test } from 'vitest';
import { buildIndex, search, type SearchDocument } from '@/lib/search/engine';
import { mdxToPlainText } from '@/lib/search/plain-text';
import { parseQuery, QUERY_MAX_LENGTH } from '@/lib/search/query';
import { highlight, terms } from '@/lib/search/text';

const docs: SearchDocument[] = [
  { kind: 'page', url: '/privacy', title: 'Privacy statement', summary: 'How we process your data.', body: 'The charter of fundamental rights applies. Data are kept for one year.', keywords: '' },
  { kind: 'meeting', url: '/meetings/a', title: 'Working Group 3 meeting', summary: 'Platforms and standards.', body: 'Members discussed interoperability of platforms. A charter was mentioned once.', keywords: 'Brussels' },
  { kind: 'meeting', url: '/meetings/b', title: 'Working Group 3 second meeting', summary: 'Follow-up.', body: 'Outcomes: the group agreed an interoperability charter for industrial platforms.', keywords: '' },
  { kind: 'working-group', url: '/working-groups/wg1', title: 'Digital Innovation Hubs, investments and skills', summary: 'Hubs for SMEs.', body: 'Engaging Digital Innovation Hubs to support SMEs in Liège and München.', keywords: '' },
];
const index = buildIndex(docs);
const run = (q: string) => search(index, parseQuery(q).terms);

test('documents with every word, as a phrase, come before documents with some of them', () => {
  const hits = run('interoperability charter');
  expect(hits.map((h) => h.doc.url)).toEqual(['/meetings/b', '/meetings/a', '/privacy']);
});

test('a word in a title outranks the same word in a body', () => {
  const hits = run('privacy');
  expect(hits[0]?.doc.url).toBe('/privacy');
  expect(run('hubs')[0]?.doc.url).toBe('/working-groups/wg1');
});

test('accents, case and plurals are folded on both sides', () => {
  expect(run('LIEGE')[0]?.doc.url).toBe('/working-groups/wg1');
  expect(run('munchen')[0]?.doc.url).toBe('/working-groups/wg1');
  expect(run('platform').map((h) => h.doc.url)).toContain('/meetings/a');
  // English words are stemmed by Snowball's English stemmer (decision 0131): plurals and derived forms meet.
  expect(terms('Meetings outcomes Digitising')).toEqual(terms('meeting outcome digitisation'));
});

test('keywords are searchable but never shown', () => {
  const [hit] = run('brussels');
  expect(hit?.doc.url).toBe('/meetings/a');
  expect(hit?.excerpt.map((s) => s.text).join('')).not.toContain('Brussels');
});

test('no match, no words and an empty index give no results', () => {
  expect(run('zzzz')).toEqual([]);
  expect(run('   ')).toEqual([]);
  expect(search(buildIndex([]), ['x'])).toEqual([]);
});

test('matching words are marked in the title and the excerpt', () => {
  const [hit] = run('interoperability charter');
  expect(hit?.excerpt.filter((s) => s.match).map((s) => s.text)).toEqual(['interoperability', 'charter']);
  expect(highlight('Réunion à Liège', new Set(terms('LIEGE')))).toEqual([
    { text: 'Réunion à ', match: false },
    { text: 'Liège', match: true },
  ]);
});

test('a long body gives an excerpt around the matches', () => {
  const long = { ...docs[0]!, body: `${'filler '.repeat(200)}needle here ${'filler '.repeat(200)}` };
  const [hit] = search(buildIndex([long]), ['needle']);
  const text = hit!.excerpt.map((s) => s.text).join('');
  expect(text.startsWith('… ')).toBe(true);
  expect(text.endsWith(' …')).toBe(true);
  expect(text).toContain('needle here');
  expect(text.split(/\s+/).length).toBeLessThan(40);
});

test('hostile queries are cleaned, limited and never throw', () => {
  expect(parseQuery(undefined)).toEqual({ text: '', terms: [], shortened: false });
  expect(parseQuery(['first', 'second']).text).toBe('first');
  const html = parseQuery('<script>alert(1)</script>\u0000\u202e');
  expect(html.text).toBe('<script>alert(1)</script>');
  expect(html.terms).toEqual(['script', 'alert', '1', 'script']);
  const long = parseQuery('a'.repeat(5000));
  expect(long.text).toHaveLength(QUERY_MAX_LENGTH);
  expect(long.shortened).toBe(true);
  const many = parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
  expect(many.terms).toHaveLength(12);
  expect(many.shortened).toBe(true);
  expect(parseQuery('🇪🇺'.repeat(300)).text.length).toBeLessThanOrEqual(QUERY_MAX_LENGTH * 2);
});

test('MDX bodies become plain text without markup, imports or link targets', () => {
  const mdx = [
    "import { Note } from './note'",
    '',
    '## Outcomes',
    '',
    'The group agreed an **interoperability charter** ([read it](https://example.eu/charter.pdf)).',
    '',
    '<Note kind="info">Next meeting in *June*.</Note>',
    '',
    '- first point',
    '- `code` point',
    '{/* hidden comment */}',
  ].join('\n');
  expect(mdxToPlainText(mdx)).toBe('Outcomes The group agreed an interoperability charter (read it). Next meeting in June. first point code point');
});
