import { expect, test } from '@playwright/test';
import { browserPages, getCrawl } from '../support/crawl';
import { report } from '../support/gates';

test.use({ javaScriptEnabled: false });

test('every page renders its h1 and main content with JavaScript disabled', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  test.setTimeout(60_000 + browserPages(crawl).length * 10_000); // a loaded machine is slow; never a timed assertion
  const problems = new Map<string, string[]>();
  for (const p of browserPages(crawl)) {
    const found: string[] = [];
    await page.goto(p.url, { waitUntil: 'load' });
    const h1 = page.locator('h1');
    if ((await h1.count()) !== 1) found.push(`shows ${await h1.count()} h1 elements without JavaScript`);
    else if (!(await h1.isVisible()) || !(await h1.innerText()).trim()) found.push('its h1 is hidden or empty without JavaScript');
    const main = page.locator('main');
    if ((await main.count()) !== 1) found.push(`has ${await main.count()} <main> elements, expected one`);
    else {
      const text = (await main.innerText()).trim();
      if (text.length < 20) found.push(`its <main> shows almost no text without JavaScript: "${text}"`);
      if (!(await main.locator('h1').count())) found.push('its h1 is not inside <main>');
    }
    problems.set(p.path, found);
  }
  expect([...problems.values()].flat(), report('pages that do not render without JavaScript', problems)).toEqual([]);
});
