import type { Browser, Request } from '@playwright/test';
import { browserPages, type Crawl } from './crawl';
import { axeProblems, foreignRequestsDuring, loadAndSettle } from './gates';

/**
 * One pass over the crawled pages browserPages names (every English page, the home page and the form in
 * all 24 languages, a few page types in Polish and Irish) in a real browser with JavaScript enabled: each page is loaded
 * once, left to settle (scrolled to its end), then checked by axe, while every request it makes is recorded. Made once per
 * worker and site, and shared by the tests in tests/e2e/quality/javascript.spec.ts.
 */
export interface BrowserPassResult {
  /** Page path -> axe violations. */
  axe: Map<string, string[]>;
  /** Page path -> requests to another origin. */
  foreignRequests: Map<string, string[]>;
  /** Page path -> requests for other pages' React Server Component payloads (router prefetches) while the page was only read. */
  prefetches: Map<string, string[]>;
}

/**
 * A request of Next's client router for a page's RSC payload: it carries the `RSC: 1` header and a
 * `_rsc` cache-busting parameter. Nothing in the pass clicks, so any such request is a prefetch.
 */
function isRouterFetch(request: Request): boolean {
  return request.headers()['rsc'] === '1' || new URL(request.url()).searchParams.has('_rsc');
}

async function runBrowserPass(browser: Browser, crawl: Crawl): Promise<BrowserPassResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const result: BrowserPassResult = { axe: new Map(), foreignRequests: new Map(), prefetches: new Map() };
  let prefetches: string[] = [];
  page.on('request', (request) => {
    if (isRouterFetch(request)) prefetches.push(`prefetches ${request.url()}`);
  });
  try {
    for (const p of browserPages(crawl)) {
      prefetches = [];
      const foreign = await foreignRequestsDuring(page, crawl.origin, () => loadAndSettle(page, p.url));
      result.foreignRequests.set(p.path, foreign.map((r) => `requests ${r}`));
      result.prefetches.set(p.path, prefetches);
      result.axe.set(p.path, await axeProblems(page));
    }
  } finally {
    await context.close();
  }
  return result;
}

const passes = new Map<string, Promise<BrowserPassResult>>();

export function getBrowserPass(browser: Browser, crawl: Crawl): Promise<BrowserPassResult> {
  let pass = passes.get(crawl.origin);
  if (!pass) {
    pass = runBrowserPass(browser, crawl);
    passes.set(crawl.origin, pass);
  }
  return pass;
}
