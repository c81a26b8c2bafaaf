import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { localizedPath } from '@/i18n/paths';
import { LANGUAGE_LIST_ORDER } from '@/lib/i18n/language-list';
import { localeOfPath } from '@/lib/i18n/localized-paths';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import { attr, byTag, isInside, textOf, type Element, type HtmlDocument } from './html';

/**
 * The quality gates of S-QUALITY as plain functions that return problems (empty = pass), so that the
 * crawl-based specs in tests/e2e/quality and any other spec (a form's error state, a signed-in admin
 * page) apply the very same rules. Each problem is one readable sentence; callers prefix the URL.
 */

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core on the page as rendered now (JavaScript enabled: axe itself runs as a script).
 *
 * After a client-side navigation (a Server Action's redirect, a link) Next writes the new page's <title>
 * once its metadata has streamed in, a moment after the body shows; axe would report that instant as
 * "document-title". So the scan waits (up to 10 s) for a non-empty title first: a page that never gets one
 * still fails, through axe's own document-title rule (the harness's broken page proves the gates name it).
 */
export async function axeProblems(page: Page): Promise<string[]> {
  // Wait for the title Next writes after a client-side navigation; a page that has none is reported by axe
  // itself (document-title), so the wait must not fail the caller.
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 10_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(' '))
      .join(' | ');
    const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '';
    return `axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — at ${targets}${more} — ${v.helpUrl}`;
  });
}

/**
 * The head and landmark rules every page shares (S-PAGES): exactly one h1, a title, a description, a
 * canonical link on `siteOrigin`, og:title, a lang, and a skip link (the first link of the body) whose
 * target id exists. `isNotFound` relaxes only the canonical link, which a 404 must not claim.
 */
export function documentProblems(doc: HtmlDocument, siteOrigin: string, isNotFound = false): string[] {
  const problems: string[] = [];
  const meta = (key: 'name' | 'property', value: string) =>
    byTag(doc, 'meta').filter((m) => attr(m, key) === value && isInside(m, 'head'));

  const html = byTag(doc, 'html')[0];
  const lang = html ? attr(html, 'lang') : undefined;
  if (!lang?.trim()) problems.push('<html> has no lang attribute');

  const h1s = byTag(doc, 'h1');
  if (h1s.length !== 1) problems.push(`has ${h1s.length} <h1> elements, expected exactly one`);
  else if (!textOf(h1s[0]!).trim()) problems.push('its <h1> is empty');

  const titles = byTag(doc, 'title').filter((t) => !isInside(t, 'svg'));
  if (titles.length !== 1 || !textOf(titles[0]!).trim()) {
    problems.push(`has ${titles.length} <title> elements${titles.length === 1 ? ' (empty)' : ''}, expected one with text`);
  } else if (!isInside(titles[0]!, 'head')) problems.push('its <title> is not in <head>');

  const descriptions = meta('name', 'description');
  if (descriptions.length !== 1 || !attr(descriptions[0]!, 'content')?.trim()) {
    problems.push('has no single non-empty <meta name="description"> in <head>');
  }

  const ogTitles = meta('property', 'og:title');
  if (ogTitles.length !== 1 || !attr(ogTitles[0]!, 'content')?.trim()) {
    problems.push('has no single non-empty <meta property="og:title"> in <head>');
  }

  const canonicals = byTag(doc, 'link').filter((l) => (attr(l, 'rel') ?? '').split(/\s+/).includes('canonical'));
  if (!isNotFound) {
    if (canonicals.length !== 1) problems.push(`has ${canonicals.length} canonical links, expected one`);
    else {
      const href = attr(canonicals[0]!, 'href') ?? '';
      let ok = false;
      try {
        ok = new URL(href).origin === siteOrigin;
      } catch {
        ok = false;
      }
      if (!ok) problems.push(`its canonical link "${href}" is not an absolute URL on ${siteOrigin} (SITE_URL)`);
    }
  }

  const body = byTag(doc, 'body')[0];
  const firstLink = doc.elements.find((e) => e.tagName === 'a' && body && isInside(e, 'body'));
  const skipHref = firstLink ? attr(firstLink, 'href') : undefined;
  if (!skipHref?.startsWith('#') || skipHref.length < 2) {
    problems.push(`has no skip link: the first link of <body> is ${skipHref === undefined ? 'missing' : `"${skipHref}"`}, expected href="#<id of the main content>"`);
  } else {
    const id = decodeURIComponent(skipHref.slice(1));
    if (!doc.elements.some((e) => attr(e, 'id') === id)) problems.push(`its skip link targets #${id}, which no element has`);
  }
  return problems;
}

/** S-QUALITY headers. `production` adds HSTS (the e2e servers run production builds). */
export function securityHeaderProblems(headers: Record<string, string>, production = true): string[] {
  const problems: string[] = [];
  const csp = headers['content-security-policy'];
  if (!csp) problems.push('no Content-Security-Policy header');
  else if (!/(^|;)\s*frame-ancestors\s+'none'\s*(;|$)/.test(csp)) {
    problems.push(`Content-Security-Policy lacks frame-ancestors 'none' (got "${csp}")`);
  }
  if (headers['x-content-type-options']?.toLowerCase() !== 'nosniff') {
    problems.push(`X-Content-Type-Options is ${JSON.stringify(headers['x-content-type-options'] ?? null)}, expected "nosniff"`);
  }
  if (!headers['referrer-policy']) problems.push('no Referrer-Policy header');
  if (!headers['permissions-policy']) problems.push('no Permissions-Policy header');
  if (production && !/max-age=\d*[1-9]/.test(headers['strict-transport-security'] ?? '')) {
    problems.push(`Strict-Transport-Security is ${JSON.stringify(headers['strict-transport-security'] ?? null)}, expected max-age>0`);
  }
  if (headers['x-powered-by'] !== undefined) problems.push(`X-Powered-By is sent ("${headers['x-powered-by']}")`);
  return problems;
}

/**
 * Records every request a page makes to another origin while `action` runs. data: and blob: URLs are
 * in-memory and leave nothing; everything else must be on `origin`.
 */
export async function foreignRequestsDuring(page: Page, origin: string, action: () => Promise<unknown>): Promise<string[]> {
  const foreign: string[] = [];
  const listener = (req: { url(): string; resourceType(): string }) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    let requestOrigin = '';
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = '';
    }
    if (requestOrigin !== origin) foreign.push(`${req.resourceType()} ${url}`);
  };
  page.context().on('request', listener);
  try {
    await action();
  } finally {
    page.context().off('request', listener);
  }
  return foreign;
}

/**
 * Loads `url` and lets the page settle: scrolls to the end (lazy images, viewport prefetches) and waits
 * until no request has been in flight for `quietMs`, for at most `maxMs`. Unlike waitUntil 'networkidle'
 * it never fails: one hanging request (a prefetch of a missing route) must not hide what other gates find.
 */
export async function loadAndSettle(page: Page, url: string, quietMs = 300, maxMs = 3_000): Promise<void> {
  const inFlight = new Set<unknown>();
  let lastChange = Date.now();
  const started = (r: unknown) => {
    inFlight.add(r);
    lastChange = Date.now();
  };
  const ended = (r: unknown) => {
    inFlight.delete(r);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)).catch(() => undefined);
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastChange < quietMs)) {
      await page.waitForTimeout(100);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Joins problems per URL into one failure message that names each URL and each problem. */
export function report(title: string, problemsByUrl: Map<string, string[]>): string {
  const lines: string[] = [];
  for (const [url, problems] of problemsByUrl) {
    if (problems.length === 0) continue;
    lines.push(`  ${url}`);
    for (const p of problems) lines.push(`    - ${p}`);
  }
  return lines.length === 0 ? `${title}: none` : `${title}:\n${lines.join('\n')}`;
}

/**
 * The footer every page carries (S-PAGES, S-PRIVACY-1): who runs the site (`data-site-owner`, with text)
 * and how to contact them (`data-site-contact`, with a link to the contact page or a mailto: address).
 */
export function footerProblems(doc: HtmlDocument): string[] {
  const footers = byTag(doc, 'footer');
  if (footers.length !== 1) return [`has ${footers.length} <footer> elements, expected one`];
  const footer = footers[0]!;
  const inFooter = (e: Element) => isInsideElement(e, footer);
  const problems: string[] = [];
  const owner = doc.elements.find((e) => inFooter(e) && attr(e, 'data-site-owner') !== undefined);
  if (!owner || !textOf(owner).trim()) problems.push('its footer does not say who runs the site');
  const contact = doc.elements.find((e) => inFooter(e) && attr(e, 'data-site-contact') !== undefined);
  const contactLinks = contact
    ? doc.elements.filter((e) => e.tagName === 'a' && isInsideElement(e, contact) && /^(\/([a-z]{2}\/)?contact$|mailto:)/.test(attr(e, 'href') ?? ''))
    : [];
  if (contactLinks.length === 0) problems.push('its footer has no contact (a link to /contact or a mailto: address)');
  return problems;
}

/**
 * The public chrome every page shares (S-PAGES): the main navigation marks the current section
 * (`aria-current` on exactly the item whose section holds `path`, and on none outside the sections),
 * and the header's search box has a visible label (not one hidden for screen readers only). Pages whose
 * content is a search form (the search page, the 404 page) carry no header search box. And the footer
 * (footerProblems).
 */
export function chromeProblems(doc: HtmlDocument, path: string, isNotFound = false): string[] {
  const problems: string[] = [...footerProblems(doc)];
  const header = byTag(doc, 'header')[0];
  // The main navigation is the header's labelled one ("Main" in English, in the page's language elsewhere).
  const locale = localeOfPath(path);
  const mainLabel = (n: Element) => (locale === DEFAULT_LOCALE ? attr(n, 'aria-label') === 'Main' : Boolean(attr(n, 'aria-label')?.trim()));
  const nav = byTag(doc, 'nav').find((n) => mainLabel(n) && isInside(n, 'header'));
  if (!header || !nav) return ['has no <header> with a navigation labelled "Main" (or its word in the page\'s language)'];
  const links = doc.elements.filter((e) => e.tagName === 'a' && isInsideElement(e, nav));
  const home = localizedPath('/', locale);
  const inSection = (href: string) => href === path || (href !== home && path.startsWith(`${href}/`));
  const expected = isNotFound ? [] : links.filter((a) => inSection(attr(a, 'href') ?? '')).map((a) => attr(a, 'href'));
  const marked = links.filter((a) => attr(a, 'aria-current')).map((a) => attr(a, 'href'));
  if (JSON.stringify(marked) !== JSON.stringify(expected)) {
    problems.push(`its navigation marks ${JSON.stringify(marked)} as current, expected ${JSON.stringify(expected)}`);
  }
  for (const a of links.filter((l) => attr(l, 'aria-current'))) {
    const value = attr(a, 'aria-current');
    const want = attr(a, 'href') === path ? 'page' : 'true';
    if (value !== want) problems.push(`its navigation item ${attr(a, 'href')} has aria-current="${value}", expected "${want}"`);
  }
  const search = doc.elements.find((e) => e.tagName === 'input' && attr(e, 'type') === 'search' && isInsideElement(e, header));
  const ownSearch = path === localizedPath('/search', locale) || isNotFound;
  if (!ownSearch && !search) problems.push('its header has no search box');
  if (search) {
    const label = byTag(doc, 'label').find((l) => attr(l, 'for') === attr(search, 'id'));
    if (!label || !textOf(label).trim()) problems.push('its header search box has no label');
    else if ((attr(label, 'class') ?? '').split(/\s+/).includes('sr-only')) problems.push('its header search box has no visible label');
  }
  if (ownSearch && search) problems.push('shows a header search box beside its own search form');
  return problems;
}

function isInsideElement(element: Element, ancestor: Element): boolean {
  for (let p = element.parentNode; p; p = 'parentNode' in p ? p.parentNode : null) {
    if (p === ancestor) return true;
  }
  return false;
}

/**
 * The language parts every public page shares (S-I18N): `<html lang>` is the language of its address
 * (English unprefixed, `/pl/...` Polish); the header's language list names the 24 languages in the EU's
 * protocol order, each link carrying `hreflang` and `lang` with its code and leading to this page in that
 * language (to that language's home page from a 404), the page's own language marked `aria-current`; and a
 * page shown in English under another language's interface (its canonical link is the English page) carries
 * the notice and marks English content `lang="en"`, while any other page carries no notice.
 */
export function languageProblems(doc: HtmlDocument, url: URL, siteOrigin: string, isNotFound = false): string[] {
  const problems: string[] = [];
  const locale = localeOfPath(url.pathname);
  const englishPath = isNotFound ? '/' : locale === DEFAULT_LOCALE ? url.pathname : url.pathname.slice(locale.length + 1) || '/';
  const lang = attr(byTag(doc, 'html')[0]!, 'lang');
  if (lang !== locale) problems.push(`<html lang="${lang}">, expected "${locale}" (the language of its address)`);

  const lists = byTag(doc, 'nav').filter((n) => attr(n, 'aria-labelledby') === 'language-list-heading');
  if (lists.length !== 1 || !isInside(lists[0]!, 'header')) problems.push(`has ${lists.length} language lists, expected one in its header`);
  else {
    const links = doc.elements.filter((e) => e.tagName === 'a' && isInsideElement(e, lists[0]!));
    const codes = links.map((a) => attr(a, 'hreflang'));
    if (JSON.stringify(codes) !== JSON.stringify(LANGUAGE_LIST_ORDER)) problems.push(`its language list names ${codes.join(' ')}, expected ${LANGUAGE_LIST_ORDER.join(' ')}`);
    for (const a of links) {
      const code = attr(a, 'hreflang') as Locale;
      if (attr(a, 'lang') !== code) problems.push(`its language list's ${code} link has lang="${attr(a, 'lang')}"`);
      const target = new URL(attr(a, 'href') ?? '', url).pathname;
      if (isLocale(code) && target !== localizedPath(englishPath, code)) problems.push(`its language list's ${code} link leads to ${target}, expected ${localizedPath(englishPath, code)}`);
      if ((attr(a, 'aria-current') !== undefined) !== (code === locale)) problems.push(`its language list marks ${code} as current: ${attr(a, 'aria-current') ?? 'no'}`);
      if (!textOf(a).trim()) problems.push(`its language list's ${code} link has no text`);
    }
  }

  if (locale !== DEFAULT_LOCALE && !isNotFound) {
    const canonical = byTag(doc, 'link').find((l) => (attr(l, 'rel') ?? '').split(/\s+/).includes('canonical'));
    const canonicalPath = canonical ? new URL(attr(canonical, 'href') ?? '', siteOrigin).pathname : undefined;
    const fallback = canonicalPath === localizedPath(englishPath, DEFAULT_LOCALE);
    const notice = doc.elements.some((e) => attr(e, 'data-language-notice') !== undefined);
    const main = byTag(doc, 'main')[0];
    const english = main ? doc.elements.some((e) => attr(e, 'lang') === DEFAULT_LOCALE && isInsideElement(e, main) && e.tagName !== 'a') : false;
    if (fallback && !notice) problems.push('shows the English page (its canonical link) without the notice that it is not translated');
    if (fallback && !english) problems.push('shows English content under another language without marking it lang="en"');
    if (!fallback && notice) problems.push(`carries the notice that it is not translated, yet names itself canonical (${canonicalPath})`);
  }
  return problems;
}
