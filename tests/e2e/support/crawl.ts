import { request, type APIRequestContext } from '@playwright/test';
import { attr, byTag, parseHtml, referencedUrls, type HtmlDocument } from './html';

/**
 * Collects every public page of a running site without a browser: a breadth-first crawl of same-origin
 * <a href> links from the home page, plus every URL of /sitemap.xml (when the site has one), plus
 * known-missing URLs that must answer 404. HTML is kept as served (no JavaScript ran), which is what
 * the HTML checker and crawlers see.
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

/** URLs that must not exist, so that the 404 page goes through every gate too. */
export const notFoundProbes = ['/this-page-does-not-exist', '/meetings/this-meeting-does-not-exist'];

const MAX_PAGES = 400;
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

    while (queue.length > 0) {
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
 * Every same-origin URL the crawled pages reference (links, stylesheets, scripts, images, icons,
 * canonical and alternate links), fetched once without following redirects.
 */
export async function fetchReferencedResources(crawl: Crawl): Promise<Resource[]> {
  const referencedFrom = new Map<string, string[]>();
  for (const page of crawl.pages) {
    const { links, assets } = referencedUrls(page.doc);
    for (const reference of [...links, ...assets]) {
      if (reference.startsWith('#')) continue; // the page itself, already crawled
      const url = sameOriginUrl(resolveOnPage(page, reference), page.url, crawl.origin);
      if (!url) continue;
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
