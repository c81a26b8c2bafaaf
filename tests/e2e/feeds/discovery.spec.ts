import { expect, test } from '@playwright/test';
import { getCrawl } from '../support/crawl';
import { attr, byTag } from '../support/html';

/** Pages that are public but personal or one-off, so not for search engines. */
const NOT_IN_SITEMAP = [/^\/admin(\/|$)/, /^\/participate\/confirmation(\/|$)/, /^\/registration(\/|$)/];

test('every crawled public page is in the sitemap and every sitemap URL answers 200', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.sitemap, 'the site has a sitemap').not.toBeNull();
  const sitemap = new Set(crawl.sitemap);
  const failing: string[] = [];
  for (const url of sitemap) {
    const status = (await request.get(url, { maxRedirects: 0 })).status();
    if (status !== 200) failing.push(`${url} answered ${status}`);
  }
  expect.soft(failing, 'every sitemap URL answers 200').toEqual([]);
  const pages = crawl.pages.filter((p) => !p.expectNotFound && !new URL(p.url).search);
  // A page is in the sitemap under its canonical address: a page shown in English under another language's
  // interface (the notice) names the English page and stays out of it (decision 0135).
  const isCanonical = (p: (typeof pages)[number]) =>
    byTag(p.doc, 'link').some((l) => attr(l, 'rel') === 'canonical' && new URL(attr(l, 'href') ?? '', p.url).href === new URL(p.url).href);
  const unlocalized = (path: string) => path.replace(/^\/[a-z]{2}(?=\/|$)/, '') || '/';
  const missing = pages
    .filter(isCanonical)
    .map((p) => new URL(p.url).pathname)
    .filter((path) => !NOT_IN_SITEMAP.some((r) => r.test(unlocalized(path))) && !sitemap.has(`${baseURL}${path}`));
  expect(missing).toEqual([]);
  const fallbacks = pages.filter((p) => !isCanonical(p)).map((p) => p.url);
  expect(fallbacks.filter((url) => sitemap.has(url)), 'pages naming another page canonical are not in the sitemap').toEqual([]);
  expect([...sitemap].filter((u) => /\/admin|\.ics$|\.xml$/.test(u))).toEqual([]);
});

test('robots.txt keeps crawlers out of the admin and the mailed personal links, and points to the sitemap', async ({ request, baseURL }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/admin$/m);
  expect(text).toMatch(/^Disallow: \/registration\/$/m);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('every page has a canonical URL and a sharing image that answers', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const crawl = await getCrawl(baseURL!);
  const images = new Set<string>();
  for (const page of crawl.pages.filter((p) => !p.expectNotFound)) {
    const canonical = byTag(page.doc, 'link').filter((l) => attr(l, 'rel') === 'canonical');
    expect(canonical.length, `${page.path} has one canonical link`).toBe(1);
    const og = byTag(page.doc, 'meta').filter((m) => attr(m, 'property') === 'og:image').map((m) => attr(m, 'content') ?? '');
    expect(og.length, `${page.path} has an og:image`).toBe(1);
    images.add(og[0]!);
  }
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('a meeting page carries schema.org Event JSON-LD with offsets, status and location', async ({ page, baseURL }) => {
  await page.goto('/meetings/2086-10-27-example-group-2-autumn-meeting');
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const event = JSON.parse(scripts[0]!) as Record<string, unknown>;
  expect(event).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Autumn meeting: données, interopérabilité; Zürich, Kraków',
    startDate: '2086-10-27T09:30:00+01:00',
    endDate: '2086-10-27T11:00:00+01:00',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation' },
    url: `${baseURL}/meetings/2086-10-27-example-group-2-autumn-meeting`,
  });
  await page.goto('/meetings/2022-05-17-example-group-1-hybrid-meeting');
  const cancelled = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
  expect(cancelled.startDate).toBe('2022-05-17T09:30:00+02:00');
});
