import { expect, test } from '@playwright/test';
import { getCrawl, notFoundProbes } from '../support/crawl';

test('the crawl from the home page and the sitemap reaches pages that all answer 200, and unknown URLs answer 404', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  const found = crawl.pages.filter((p) => !p.expectNotFound);
  test.info().annotations.push({
    type: 'pages',
    description: `${found.length} pages${crawl.sitemap ? `, ${crawl.sitemap.length} in /sitemap.xml` : ', no /sitemap.xml yet'}`,
  });
  expect(crawl.problems, `crawl problems on ${baseURL}:\n${crawl.problems.join('\n')}`).toEqual([]);
  expect(found.map((p) => p.path), 'the home page must be reachable').toContain('/');
  expect(crawl.pages.filter((p) => p.expectNotFound).map((p) => p.path)).toEqual(notFoundProbes);
  for (const url of crawl.sitemap ?? []) {
    expect(found.map((p) => p.url), `sitemap URL ${url} must be crawled as an HTML page answering 200`).toContain(url);
  }
});
