import { expect, test } from '@playwright/test';
import { getCrawl } from '../support/crawl';
import { documentProblems, report } from '../support/gates';

test('every page has one h1, a title, a description, a canonical link, og:title, a skip link and a language', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  const problems = new Map(crawl.pages.map((p) => [p.path, documentProblems(p.doc, crawl.origin, p.expectNotFound)]));
  expect([...problems.values()].flat(), report('pages missing required document parts (served HTML)', problems)).toEqual([]);
});
