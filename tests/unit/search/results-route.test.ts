import fc from 'fast-check';
import { expect, test } from 'vitest';
import { QUERY_MAX_LENGTH } from '@/lib/search/query';
import { decodeResultsKey, encodeResultsKey, MAX_RESULTS_PAGE, resultsKeyOf } from '@/lib/search/results-route';

test('a search becomes a key and back: text as the box shows it, page, and whether it was shortened', () => {
  const key = resultsKeyOf('  Réunion   plénière ', '3')!;
  expect(key).toEqual({ text: 'Réunion plénière', shortened: false, page: 3 });
  const segment = encodeResultsKey(key);
  expect(segment).toMatch(/^3-0-[A-Za-z0-9_-]+$/);
  expect(decodeResultsKey(segment)).toEqual(key);
});

test('a long query is cut, and its results page still says so', () => {
  const key = resultsKeyOf('charter '.repeat(100), null)!;
  expect(key.shortened).toBe(true);
  expect(Array.from(key.text).length).toBeLessThanOrEqual(QUERY_MAX_LENGTH);
  expect(decodeResultsKey(encodeResultsKey(key))).toEqual(key);
});

test('nothing to search is the search page itself, not a results page', () => {
  for (const q of [undefined, null, '', '   ', '!!! ---', []]) expect(resultsKeyOf(q, '2')).toBeNull();
});

test('the first of repeated queries counts, and a page that is not a whole number from 1 is page 1', () => {
  expect(resultsKeyOf(['a', 'b'], null)).toEqual({ text: 'a', shortened: false, page: 1 });
  for (const page of ['0', '-2', '1.5', 'abc', String(MAX_RESULTS_PAGE + 1), '']) expect(resultsKeyOf('a', page)?.page).toBe(1);
  expect(resultsKeyOf('a', '1000')?.page).toBe(1000);
});

test('any text in any script, slash, dot, quote or emoji travels in one path segment and comes back whole', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: MAX_RESULTS_PAGE }), (q, page) => {
      const key = resultsKeyOf(`${q} x`, String(page))!;
      const segment = encodeResultsKey(key);
      expect(segment).toMatch(/^[0-9]+-[01]-[A-Za-z0-9_-]+$/);
      expect(decodeResultsKey(segment)).toEqual(key);
    }),
  );
});

test('a key nobody wrote (by hand, truncated, not UTF-8, or not a parsed query) is refused', () => {
  const valid = encodeResultsKey({ text: 'meeting', shortened: false, page: 1 });
  for (const bad of ['0', '', '1.0.bWVldGluZw', '0-0-bWVldGluZw', '1-2-bWVldGluZw', '1-0-', '1-0-bWVl*', `${MAX_RESULTS_PAGE + 1}-0-bWVldGluZw`, `${valid}/x`, '1-0-/w', '1-0-ICBtZWV0aW5n' /* "  meeting" */, '1-0-ISEh' /* "!!!" */]) {
    expect(decodeResultsKey(bad), bad).toBeNull();
  }
  expect(decodeResultsKey(valid)).toEqual({ text: 'meeting', shortened: false, page: 1 });
});
