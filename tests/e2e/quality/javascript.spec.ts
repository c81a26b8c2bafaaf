import { expect, test } from '@playwright/test';
import { getBrowserPass } from '../support/browser-pass';
import { browserPages, getCrawl } from '../support/crawl';
import { report } from '../support/gates';

// Both tests read one browser pass over the site (each page loaded once), made by whichever runs first.

test('every page passes axe-core (WCAG 2.2 AA) with JavaScript enabled', async ({ browser, baseURL }) => {
  test.setTimeout(420_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  test.setTimeout(60_000 + browserPages(crawl).length * 30_000); // a loaded machine is slow; never a timed assertion
  const { axe } = await getBrowserPass(browser, crawl);
  expect([...axe.values()].flat(), report('axe violations', axe)).toEqual([]);
});

test('no page makes a request to another origin', async ({ browser, baseURL }) => {
  test.setTimeout(420_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  test.setTimeout(60_000 + browserPages(crawl).length * 30_000); // a loaded machine is slow; never a timed assertion
  const { foreignRequests } = await getBrowserPass(browser, crawl);
  expect([...foreignRequests.values()].flat(), report('requests to other origins', foreignRequests)).toEqual([]);
});

test('no page prefetches other pages while it is only read', async ({ browser, baseURL }) => {
  test.setTimeout(420_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  test.setTimeout(60_000 + browserPages(crawl).length * 30_000); // a loaded machine is slow; never a timed assertion
  const { prefetches } = await getBrowserPass(browser, crawl);
  expect([...prefetches.values()].flat(), report('router prefetches', prefetches)).toEqual([]);
});
