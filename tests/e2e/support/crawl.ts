import { request, type APIRequestContext } from '@playwright/test';
import { localizedPath } from '@/i18n/paths';
import { localeOfPath } from '@/lib/i18n/localized-paths';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { attr, byTag, parseHtml, referencedUrls, type HtmlDocument } from './html';

/**
 * Collects every public page of a running site without a browser: a breadth-first crawl of same-origin
 * <a href> links to English pages from the home page, plus every URL of /sitemap.xml (when the site has
 * one; it names the translations that exist), plus a sample of the other 23 languages (languageSample),
 * plus known-missing URLs that must answer 404. HTML is kept as served (no JavaScript ran), which is what
 * the HTML checker and crawlers see.
 *
 * Why a sample: every page links to itself in the 24 languages (the language list), so following those
 * links would crawl the whole site 24 times over (thousands of pages). The interface is one set of
 * components whatever the language, so the gates check every language on the pages whose words change
 * the most (the home page and the form) and every page type in a few languages.
 */
export interface CrawledPage {
  /** Absolute URL. */
  url: string;
  /** Path and query, for messages. */
  path: string;
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  contentType: string;
  html: string;
  doc: HtmlDocument;
  /** Where the crawler found the URL: "start", "sitemap", "404 probe" or the page linking to it. */
  foundOn: string;
  /** True for the URLs that are expected to answer 404. */
  expectNotFound: boolean;
}

export interface Crawl {
  origin: string;
  /** HTML pages that answered 200 plus the 404 probes. */
  pages: CrawledPage[];
  /** Problems met while crawling: links to pages that do not answer 200, bad sitemap entries. */
  problems: string[];
  /** Same-origin sitemap URLs, or null when the site has no /sitemap.xml (yet). */
  sitemap: string[] | null;
}

/** Pages checked in each of the 24 languages (issue 13: all 24 for the home page and the form). */
export const EVERY_LANGUAGE_PATHS = ['/', '/participate'];

/**
 * Languages in which one page of each type the English crawl reached is checked too (and the 404 page):
 * Polish (four plural forms; the language of the visitor, with English content under the notice)
 * and Irish (five plural forms, the longest words of the interface among the 24 after Finnish and
 * Hungarian, and no content translation on either site).
 */
export const SAMPLE_LANGUAGES: readonly Locale[] = ['pl', 'ga'];

/**
 * Page types (pageType) that the gates needing a browser (axe, no JavaScript) also load in Polish and Irish:
 * the meetings list and a meeting (dates, time zones, plurals: what changes most between languages) and a
 * working group. With the home page and the form in all 24 and every English page, that keeps the browser
 * passes to about 55 pages more than English alone; the gates reading served HTML (the HTML checker,
 * headers, document, chrome and language rules) take every crawled page.
 */
const BROWSER_SAMPLE_TYPES = ['meetings/1', 'meetings/2', 'working-groups/2'];

/** The crawled pages the browser-based gates load: see BROWSER_SAMPLE_TYPES. */
export function browserPages(crawl: Crawl): CrawledPage[] {
  return crawl.pages.filter((p) => {
    const pathname = new URL(p.url).pathname;
    const locale = localeOfPath(pathname);
    if (locale === DEFAULT_LOCALE) return true;
    const english = pathname.slice(locale.length + 1) || '/';
    if (EVERY_LANGUAGE_PATHS.includes(english)) return true;
    return SAMPLE_LANGUAGES.includes(locale) && (p.expectNotFound || BROWSER_SAMPLE_TYPES.includes(pageType(english)));
  });
}

const englishNotFoundProbes = ['/this-page-does-not-exist', '/meetings/this-meeting-does-not-exist'];

/** URLs that must not exist, so that the 404 page goes through every gate too (in English and the sample languages). */
export const notFoundProbes = [DEFAULT_LOCALE, ...SAMPLE_LANGUAGES].flatMap((code) => englishNotFoundProbes.map((p) => localizedPath(p, code)));

/**
 * The type of an English page, for the language sample: its first path segment and its depth
 * (`/meetings/a` and `/meetings/b` are one type, `/meetings` another, `/meetings/organiser/wg1` a third).
 */
export function pageType(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  return `${segments[0] ?? ''}/${segments.length}`;
}

/**
 * The pages in other languages the gates check, given the English pages the crawl reached (in crawl
 * order): EVERY_LANGUAGE_PATHS in the 23 other languages, and the first English page of each type in each
 * of SAMPLE_LANGUAGES. Paths without query strings.
 */
export function languageSample(englishPaths: readonly string[]): string[] {
  const firstOfType = new Map<string, string>();
  for (const p of englishPaths) {
    const pathname = new URL(p, 'http://x').pathname;
    if (!firstOfType.has(pageType(pathname))) firstOfType.set(pageType(pathname), pathname);
  }
  const sample = new Set<string>();
  for (const code of LOCALES) {
    if (code === DEFAULT_LOCALE) continue;
    for (const p of EVERY_LANGUAGE_PATHS) sample.add(localizedPath(p, code));
    if (SAMPLE_LANGUAGES.includes(code)) for (const p of firstOfType.values()) sample.add(localizedPath(p, code));
  }
  return [...sample];
}

// The sitemap names every interface page (lists, the form, search...) in all 24 languages: several hundred URLs.
const MAX_PAGES = 1500;
/** Query-string variants crawled per path (filters, preselections), so that links cannot explode the crawl. */
const MAX_QUERY_VARIANTS = 3;

/** Normalises a reference found on `base` to an absolute same-origin URL without fragment, or null. */
export function sameOriginUrl(reference: string, base: string, origin: string): URL | null {
  let url: URL;
  try {
    url = new URL(reference, base);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  url.hash = '';
  return url;
}

export function displayPath(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${u.pathname}${u.search}`;
}

async function fetchPage(api: APIRequestContext, url: string) {
  const response = await api.get(url, { maxRedirects: 0, failOnStatusCode: false });
  const headers = response.headers();
  const contentType = headers['content-type'] ?? '';
  const html = contentType.includes('text/html') ? await response.text() : '';
  return {
    status: response.status(),
    headers,
    setCookies: response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value),
    contentType,
    html,
  };
}

async function readSitemap(api: APIRequestContext, origin: string, problems: string[]): Promise<string[] | null> {
  const response = await api.get(`${origin}/sitemap.xml`, { failOnStatusCode: false });
  if (response.status() === 404) return null;
  if (response.status() !== 200) {
    problems.push(`/sitemap.xml answered ${response.status()} (expected 200 or, while there is none, 404)`);
    return null;
  }
  const xml = await response.text();
  const urls: string[] = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const loc = (match[1] ?? '').replaceAll('&amp;', '&');
    let url: URL;
    try {
      url = new URL(loc);
    } catch {
      problems.push(`/sitemap.xml lists "${loc}", which is not an absolute URL`);
      continue;
    }
    if (url.origin !== origin) {
      problems.push(`/sitemap.xml lists ${loc}, which is not on the site's origin ${origin} (is SITE_URL right?)`);
      continue;
    }
    urls.push(url.href);
  }
  if (urls.length === 0) problems.push('/sitemap.xml exists but lists no URL');
  return urls;
}

export async function crawlSite(origin: string): Promise<Crawl> {
  const api = await request.newContext();
  try {
    const problems: string[] = [];
    const pages: CrawledPage[] = [];
    const seen = new Set<string>();
    const variantsPerPath = new Map<string, number>();
    const queue: { url: string; foundOn: string; expectNotFound: boolean }[] = [];

    const enqueue = (url: URL, foundOn: string, expectNotFound = false) => {
      // Links into another language are the language list's: the language sample covers them.
      if (foundOn !== 'sitemap' && foundOn !== 'language sample' && !expectNotFound && localeOfPath(url.pathname) !== DEFAULT_LOCALE) return;
      if (url.pathname.startsWith('/_next/') || seen.has(url.href)) return;
      if (url.search) {
        const count = variantsPerPath.get(url.pathname) ?? 0;
        if (count >= MAX_QUERY_VARIANTS) return;
        variantsPerPath.set(url.pathname, count + 1);
      }
      seen.add(url.href);
      queue.push({ url: url.href, foundOn, expectNotFound });
    };

    enqueue(new URL('/', origin), 'start');
    const sitemap = await readSitemap(api, origin, problems);
    for (const url of sitemap ?? []) enqueue(new URL(url), 'sitemap');
    for (const probe of notFoundProbes) enqueue(new URL(probe, origin), '404 probe', true);

    let sampled = false;
    while (queue.length > 0 || !sampled) {
      if (queue.length === 0) {
        // The English crawl is done: add the other languages' sample, whose own links are not followed.
        sampled = true;
        const english = pages.filter((p) => !p.expectNotFound && localeOfPath(new URL(p.url).pathname) === DEFAULT_LOCALE);
        for (const p of languageSample(english.map((e) => e.path))) enqueue(new URL(p, origin), 'language sample');
        continue;
      }
      const next = queue.shift()!;
      if (pages.length >= MAX_PAGES) {
        problems.push(`the crawl stopped after ${MAX_PAGES} pages; is a link generating endless URLs?`);
        break;
      }
      const fetched = await fetchPage(api, next.url);
      const path = displayPath(next.url);
      const isHtml = fetched.contentType.includes('text/html');
      if (next.expectNotFound) {
        if (fetched.status !== 404) problems.push(`${path} should answer 404 but answered ${fetched.status}`);
      } else if (fetched.status !== 200) {
        const location = fetched.headers.location ? ` to ${fetched.headers.location}` : '';
        problems.push(`${path} (found on ${next.foundOn}) answered ${fetched.status}${location}, expected 200`);
        continue;
      }
      if (!isHtml) continue; // feeds, calendars, files: checked by the link gate, not crawled
      const doc = parseHtml(fetched.html);
      pages.push({ url: next.url, path, ...fetched, doc, foundOn: next.foundOn, expectNotFound: next.expectNotFound });
      if (sampled) continue;
      for (const href of referencedUrls(doc).links) {
        const url = sameOriginUrl(href, next.url, origin);
        if (url) enqueue(url, path);
      }
    }
    return { origin, pages, problems, sitemap };
  } finally {
    await api.dispose();
  }
}

const crawls = new Map<string, Promise<Crawl>>();

/** The crawl of a site, made once per worker process and shared by the gates that run in it. */
export function getCrawl(origin: string): Promise<Crawl> {
  let crawl = crawls.get(origin);
  if (!crawl) {
    crawl = crawlSite(origin);
    crawls.set(origin, crawl);
  }
  return crawl;
}

/** The `<base>`-aware absolute URL of a reference on a crawled page. */
export function resolveOnPage(page: CrawledPage, reference: string): string {
  const base = byTag(page.doc, 'base').map((b) => attr(b, 'href')).find(Boolean);
  return new URL(reference, base ? new URL(base, page.url) : page.url).href;
}

export interface Resource {
  url: string;
  path: string;
  status: number;
  location?: string;
  headers: Record<string, string>;
  setCookies: string[];
  /** Up to three pages that reference it, for messages. */
  referencedFrom: string[];
}

/**
 * Whether the links gate fetches a page link in `target` language found on a page in `from` language:
 * links to English pages always; links within Polish or Irish (SAMPLE_LANGUAGES) pages too; not the
 * language list's links to the same page in the 22 others, nor every link of the 23 languages' home and
 * form pages (each is the English link under the language's prefix, and each would be one more render).
 */
function isFollowedLanguage(target: Locale, from: Locale): boolean {
  return target === DEFAULT_LOCALE || (target === from && SAMPLE_LANGUAGES.includes(target));
}

/**
 * Every same-origin URL the crawled pages reference (links, stylesheets, scripts, images, icons,
 * canonical and alternate links; links into other languages as isFollowedLanguage says), fetched once
 * without following redirects.
 */
export async function fetchReferencedResources(crawl: Crawl): Promise<Resource[]> {
  const referencedFrom = new Map<string, string[]>();
  for (const page of crawl.pages) {
    const { links, assets } = referencedUrls(page.doc);
    const pageLocale = localeOfPath(new URL(page.url).pathname);
    for (const reference of [...links, ...assets]) {
      if (reference.startsWith('#')) continue; // the page itself, already crawled
      const url = sameOriginUrl(resolveOnPage(page, reference), page.url, crawl.origin);
      if (!url) continue;
      if (links.includes(reference) && !isFollowedLanguage(localeOfPath(url.pathname), pageLocale)) continue;
      const from = referencedFrom.get(url.href) ?? [];
      if (from.length < 3 && !from.includes(page.path)) from.push(page.path);
      referencedFrom.set(url.href, from);
    }
  }
  const api = await request.newContext();
  try {
    const resources: Resource[] = [];
    for (const [url, from] of referencedFrom) {
      const response = await api.get(url, { maxRedirects: 0, failOnStatusCode: false });
      const headers = response.headers();
      await response.dispose();
      resources.push({
        url,
        path: displayPath(url),
        status: response.status(),
        location: headers.location,
        headers,
        setCookies: response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value),
        referencedFrom: from,
      });
    }
    return resources;
  } finally {
    await api.dispose();
  }
}

const resourceFetches = new Map<string, Promise<Resource[]>>();

/** The referenced resources of a site, fetched once per worker process. */
export async function getResources(origin: string): Promise<Resource[]> {
  let resources = resourceFetches.get(origin);
  if (!resources) {
    resources = getCrawl(origin).then(fetchReferencedResources);
    resourceFetches.set(origin, resources);
  }
  return resources;
}
