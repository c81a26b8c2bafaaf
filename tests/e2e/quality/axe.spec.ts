import { expect, test } from '@playwright/test';
import { getCrawl } from '../support/crawl';
import { axeProblems, report } from '../support/gates';

test('every page passes axe-core (WCAG 2.2 AA) with JavaScript enabled', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  const problems = new Map<string, string[]>();
  for (const p of crawl.pages) {
    await page.goto(p.url, { waitUntil: 'load' });
    problems.set(p.path, await axeProblems(page));
  }
  expect([...problems.values()].flat(), report('axe violations', problems)).toEqual([]);
});
