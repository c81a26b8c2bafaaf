import { expect, test } from '@playwright/test';
import { localeOfPath } from '@/lib/i18n/localized-paths';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { getCrawl } from '../support/crawl';
import { report } from '../support/gates';

/*
 * What a page's first paint waits for (issue 15, first paint; decision 0167), read from the served HTML of
 * every crawled page. Speed itself is measured by `npm run bench` (its Lighthouse part), never asserted here.
 */

/**
 * The client modules a page hydrates: the distinct modules of the client references (`<id>:I[<module>,
 * [chunks], "<export>"]` rows) in the React Server Components payload that Next inlines into the HTML. Each
 * is code the browser downloads and runs before the page answers input.
 */
function clientReferences(html: string): string[] {
  return [...new Set([...html.matchAll(/[0-9a-f]+:I\[(\d+),\s*\[/g)].map((m) => m[1]!))];
}

/**
 * The framework's own (the router's layout, template and boundaries, the icon), plus the two error
 * boundaries every page carries (app/global-error.tsx, app/[locale]/error.tsx): six modules in Next 16.4.
 */
const CONTENT_PAGE_CLIENT_COMPONENTS = 6;

/** Pages whose purpose is a form or a live figure hydrate their own components on top. */
function ownClientComponents(pathname: string): number {
  const locale = localeOfPath(pathname);
  // English is unprefixed (S-I18N); every other language's path starts with /<code>.
  const english = locale === DEFAULT_LOCALE ? pathname : pathname.slice(locale.length + 1) || '/';
  // The form, sign-in, the registrant's forms: a form component with its messages provider and error summary.
  if (/^\/(participate|registration|attendance|unsubscribe|follow|contact|search)(\/|$)/.test(english)) return Number.POSITIVE_INFINITY;
  // A meeting with a capacity: its live count of places left (components/meetings/places-left.tsx).
  if (/^\/meetings\/[^/]+$/.test(english)) return 1;
  return 0;
}

test('a content page hydrates no component of its own: its links are plain links, nothing else is a client component', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const crawl = await getCrawl(baseURL!);
  const pages = crawl.pages.filter((p) => p.status === 200 && ownClientComponents(new URL(p.url).pathname) !== Number.POSITIVE_INFINITY);
  expect(pages.length, 'the crawl found no content page').toBeGreaterThan(0);
  const problems = new Map(
    pages.map((p) => {
      const refs = clientReferences(p.html);
      const allowed = CONTENT_PAGE_CLIENT_COMPONENTS + ownClientComponents(new URL(p.url).pathname);
      return [p.path, refs.length > allowed ? [`hydrates ${refs.length} client components (${refs.join(', ')}), at most ${allowed} expected`] : []];
    }),
  );
  expect([...problems.values()].flat(), report('content pages hydrating more than the framework', problems)).toEqual([]);
});
