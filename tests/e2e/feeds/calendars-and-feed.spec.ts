import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { localizedPath } from '@/i18n/paths';
import { localeOfPath } from '@/lib/i18n/localized-paths';
import { getCrawl } from '../support/crawl';
import { attr, byTag } from '../support/html';

async function fetchText(request: APIRequestContext, url: string, contentType: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), `${url} status`).toBe(200);
  expect(response.headers()['content-type'], `${url} content type`).toBe(contentType);
  return response.text();
}

function parseIcs(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

test('every calendar the site links parses, with stable UIDs and the right Brussels times on DST days', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const crawl = await getCrawl(baseURL!);
  const linked = new Set<string>();
  for (const page of crawl.pages) {
    for (const a of byTag(page.doc, 'a')) {
      const href = attr(a, 'href');
      // Subscriptions are webcal: links to the same files (the Follow page); fetch them over the site's own scheme.
      const web = href?.replace(/^webcal:/, new URL(page.url).protocol);
      if (web?.endsWith('.ics')) linked.add(new URL(web, page.url).href);
    }
  }
  const calendars = [...linked, `${baseURL}/meetings.ics`, `${baseURL}/working-groups/wg1/calendar.ics`];
  expect(linked.size, 'meeting pages link their calendars').toBeGreaterThan(3);
  const uids = new Map<string, string>();
  for (const url of calendars) {
    const text = await fetchText(request, url, 'text/calendar; charset=utf-8');
    expect(text.replace(/\r\n/g, ''), `${url} uses CRLF only`).not.toMatch(/[\r\n]/);
    for (const event of parseIcs(text)) {
      expect(event.uid).toMatch(/@dei-platform$/);
      const earlier = uids.get(event.uid);
      if (earlier) expect(event.startDate.toJSDate().toISOString(), `${event.uid} is the same event everywhere`).toBe(earlier);
      uids.set(event.uid, event.startDate.toJSDate().toISOString());
    }
  }
  expect(uids.get('2086-03-31-example-group-1-spring-meeting@dei-platform')).toBe('2086-03-31T08:00:00.000Z');
  expect(uids.get('2086-10-27-example-group-2-autumn-meeting@dei-platform')).toBe('2086-10-27T08:30:00.000Z');
});

test('a month-only meeting has no calendar file and its page offers none', async ({ request, page }) => {
  const slug = '2087-06-example-group-3-meeting';
  expect((await request.get(`/meetings/${slug}/calendar.ics`)).status()).toBe(404);
  await page.goto(`/meetings/${slug}`);
  await expect(page.locator('a[href$=".ics"]')).toHaveCount(0);
});

test('the Atom feed parses, its links answer 200 and every page links it from its head', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const xml = await fetchText(request, `${baseURL}/feed.xml`, 'application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['entry', 'link'].includes(n) });
  const feed = parser.parse(xml).feed as { entry: { id: string; link: { '@href': string }[] }[] };
  expect(feed.entry.length).toBeGreaterThan(5);
  for (const entry of feed.entry) {
    const href = entry.link[0]!['@href'];
    expect(href.startsWith(`${baseURL}/meetings/`), href).toBe(true);
    expect((await request.get(href.replace(/#.*$/, ''))).status(), href).toBe(200);
  }
  const crawl = await getCrawl(baseURL!);
  for (const page of crawl.pages) {
    const alternates = byTag(page.doc, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/atom+xml');
    // The feed in the page's language (decision 0137): /feed.xml from English pages, /pl/feed.xml from Polish ones.
    const feed = `${baseURL}${localizedPath('/feed.xml', localeOfPath(new URL(page.url).pathname))}`;
    expect(alternates.map((l) => attr(l, 'href')), `${page.path} links the feed`).toEqual([feed]);
  }
});
