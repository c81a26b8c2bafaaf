import { expect, test } from '@playwright/test';
import { getCrawl } from '../support/crawl';
import { foreignRequestsDuring, report } from '../support/gates';

test('no page makes a request to another origin', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  const problems = new Map<string, string[]>();
  for (const p of crawl.pages) {
    const foreign = await foreignRequestsDuring(page, crawl.origin, async () => {
      await page.goto(p.url, { waitUntil: 'networkidle' });
    });
    problems.set(p.path, foreign.map((r) => `requests ${r}`));
  }
  expect([...problems.values()].flat(), report('requests to other origins', problems)).toEqual([]);
});
