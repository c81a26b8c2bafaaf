import { expect, test } from '@playwright/test';
import { getCrawl } from '../support/crawl';
import { chromeProblems, report } from '../support/gates';

test('every page names who runs the site and a contact in its footer, marks its section in the navigation and has a labelled search box', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  const problems = new Map(crawl.pages.map((p) => [p.path, chromeProblems(p.doc, new URL(p.url).pathname, p.expectNotFound)]));
  expect([...problems.values()].flat(), report('pages whose header breaks the shared rules (served HTML)', problems)).toEqual([]);
  // Not vacuous: the crawl reached pages of every section, and their items were checked as marked.
  const sections = ['/', '/working-groups', '/meetings', '/documents', '/participate'];
  for (const section of sections) {
    expect(crawl.pages.some((p) => new URL(p.url).pathname === section), `the crawl reached ${section}`).toBe(true);
  }
});
