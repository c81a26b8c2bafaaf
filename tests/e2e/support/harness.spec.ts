import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { crawlSite, fetchReferencedResources } from './crawl';
import { axeProblems, chromeProblems, documentProblems, foreignRequestsDuring, securityHeaderProblems } from './gates';
import { parseHtml } from './html';
import { runDir } from './sites';
import { validateHtml } from './vnu';

/**
 * The gates must be able to fail: each one is run here against a small deliberately broken site
 * served from a throwaway server, and must name the fault. (Runs in the `fixtures` project only.)
 */
const brokenHome = `<!doctype html>
<html><head><meta charset="utf-8"></head>
<body>
<h1>One</h1><h1>Two</h1>
<img src="/pixel.gif">
<span><div>block in inline</div></span>
<form action=""><button>Send</button></form>
<a href="/missing">A link to nowhere</a>
<a href="/good">A good page</a>
<script src="http://localhost:1/tracker.js"></script>
</body></html>`;

const goodPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Good</title>
<meta name="description" content="A page that passes">
<meta property="og:title" content="Good">
<link rel="canonical" href="ORIGIN/good">
</head>
<body><a href="#main">Skip to main content</a><main id="main"><h1>Good</h1><p>Plain text.</p></main></body></html>`;

function startBrokenSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'tracking=1', 'x-powered-by': 'Test' });
      res.end(brokenHome);
    } else if (req.url === '/good') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(goodPage.replace('ORIGIN', origin));
    } else if (req.url === '/pixel.gif') {
      res.writeHead(200, { 'content-type': 'image/gif' });
      res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    } else {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>Not found</title><h1>Not found</h1></html>');
    }
  });
  return new Promise((resolve) => {
    // Port 0: the system picks a free port, so this never clashes with anyone's server.
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

test('the harness gates catch a broken site and name each fault', async ({ page }) => {
  const site = await startBrokenSite();
  try {
    const crawl = await crawlSite(site.origin);
    expect(crawl.sitemap).toBeNull();
    expect(crawl.problems).toContainEqual(expect.stringMatching(/^\/missing \(found on \/\) answered 404, expected 200$/));
    expect(crawl.pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/good', '/this-page-does-not-exist']));

    const home = crawl.pages.find((p) => p.path === '/')!;
    const good = crawl.pages.find((p) => p.path === '/good')!;
    expect(documentProblems(good.doc, site.origin)).toEqual([]);
    expect(documentProblems(home.doc, site.origin)).toEqual([
      '<html> has no lang attribute',
      'has 2 <h1> elements, expected exactly one',
      'has 0 <title> elements, expected one with text',
      'has no single non-empty <meta name="description"> in <head>',
      'has no single non-empty <meta property="og:title"> in <head>',
      'has 0 canonical links, expected one',
      'has no skip link: the first link of <body> is "/missing", expected href="#<id of the main content>"',
    ]);
    expect(documentProblems(parseHtml(goodPage.replace('ORIGIN', 'http://elsewhere.example')), site.origin)).toEqual([
      `its canonical link "http://elsewhere.example/good" is not an absolute URL on ${site.origin} (SITE_URL)`,
    ]);

    expect(securityHeaderProblems(home.headers)).toEqual([
      'no Content-Security-Policy header',
      'X-Content-Type-Options is null, expected "nosniff"',
      'no Referrer-Policy header',
      'no Permissions-Policy header',
      'Strict-Transport-Security is null, expected max-age>0',
      'X-Powered-By is sent ("Test")',
    ]);
    expect(
      securityHeaderProblems({
        'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'permissions-policy': 'camera=()',
        'strict-transport-security': 'max-age=0',
      }),
    ).toEqual([
      `Content-Security-Policy lacks frame-ancestors 'none' (got "default-src 'self'; frame-ancestors 'self'")`,
      'Strict-Transport-Security is "max-age=0", expected max-age>0',
    ]);
    expect(home.setCookies).toEqual(['tracking=1']);

    const resources = await fetchReferencedResources(crawl);
    expect(resources.find((r) => r.path === '/missing')).toMatchObject({ status: 404, referencedFrom: ['/'] });
    expect(resources.find((r) => r.path === '/pixel.gif')).toMatchObject({ status: 200 });
    expect(resources.some((r) => r.url.includes('localhost:1')), 'other origins are not fetched').toBe(false);

    const foreign = await foreignRequestsDuring(page, site.origin, () => page.goto(`${site.origin}/`));
    expect(foreign).toEqual(['script http://localhost:1/tracker.js']);
    const axe = await axeProblems(page);
    expect(axe).toContainEqual(expect.stringMatching(/^axe image-alt \(critical\): .* at img/));
    expect(axe).toContainEqual(expect.stringMatching(/^axe html-has-lang /));

    const errors = validateHtml(
      crawl.pages.map((p) => ({ name: p.path, html: p.html })),
      path.join(runDir(), 'vnu-harness'),
    );
    const messages = errors.map((e) => `${e.name}: ${e.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^\/: Element “div” not allowed as child of element “span”/));
    expect(messages.filter((m) => m.includes('“action”')), 'the React action="" error is filtered').toEqual([]);
    expect(messages.filter((m) => m.startsWith('/good:')), 'a valid page has no error').toEqual([]);
  } finally {
    await site.close();
  }
});

test('the shared-chrome gate names a missing owner or contact, a navigation without a current item or with a wrong one, and a hidden search label', () => {
  const footer = '<footer><p data-site-owner>This site is managed by the secretariat.</p><section data-site-contact><a href="/contact">Contact</a></section></footer>';
  const page = (nav: string, label = '<label for="q">Search this site</label>', foot = footer) =>
    parseHtml(`<!doctype html><html lang="en"><body><header>${label}<input type="search" id="q">
      <nav aria-label="Main"><a href="/">Home</a>${nav}</nav></header><main><h1>x</h1></main>${foot}</body></html>`);
  const good = page('<a href="/meetings" aria-current="true">Meetings</a><a href="/documents">Documents</a>');
  expect(chromeProblems(good, '/meetings/x')).toEqual([]);
  expect(chromeProblems(page('<a href="/meetings">Meetings</a>'), '/meetings/x')).toEqual([
    'its navigation marks [] as current, expected ["/meetings"]',
  ]);
  expect(chromeProblems(page('<a href="/meetings" aria-current="page">Meetings</a>'), '/meetings/x')).toEqual([
    'its navigation item /meetings has aria-current="page", expected "true"',
  ]);
  expect(chromeProblems(page('<a href="/meetings" aria-current="page">Meetings</a>'), '/privacy')[0]).toMatch(/marks \["\/meetings"\] as current, expected \[\]/);
  expect(chromeProblems(page('', '<label for="q" class="sr-only">Search</label>'), '/privacy')).toEqual([
    'its header search box has no visible label',
  ]);
  expect(chromeProblems(page('', undefined, '<footer><p>Links</p></footer>'), '/privacy')).toEqual([
    'its footer does not say who runs the site',
    'its footer has no contact (a link to /contact or a mailto: address)',
  ]);
  expect(chromeProblems(page('', undefined, ''), '/privacy')).toEqual(['has 0 <footer> elements, expected one']);
});
