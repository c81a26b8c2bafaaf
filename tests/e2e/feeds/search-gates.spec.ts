import { expect, test } from '@playwright/test';
import { axeProblems, documentProblems } from '../support/gates';
import { parseHtml } from '../support/html';

// The crawl gates see /search without a query; these are the states only a query produces.
const states = ['/search?q=interoperability+charter', '/search?q=zzzyx', `/search?q=${'charter+'.repeat(60)}`];

test('search results, no results and a shortened query pass axe and the page rules', async ({ page, request, baseURL }) => {
  for (const url of states) {
    await page.goto(url);
    expect(await axeProblems(page), url).toEqual([]);
    const html = await (await request.get(url)).text();
    expect(documentProblems(parseHtml(html), baseURL!), url).toEqual([]);
  }
});
