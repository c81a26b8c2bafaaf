import { expect, test } from '@playwright/test';
import { actionFields, completeForm, storedEmails } from '../form/support';
import { securityHeaderProblems } from '../support/gates';
import { databaseFile } from '../support/sites';
import { rawRequest, type RawResponse } from './support';

/**
 * S-OPS-4 on the running fixtures site: every request the site cannot serve gets a 4xx with the site's
 * security headers, never a 500 (decision 0120). Static and dynamic pages, route handlers, the admin
 * area, the API, Server Actions and unknown paths are all tried.
 */
const ROUTES = [
  '/',
  '/meetings',
  '/participate',
  '/search?q=data',
  '/admin',
  '/admin/sign-in',
  '/admin/export',
  '/api/health',
  '/feed.xml',
  '/meetings.ics',
  '/sitemap.xml',
  '/robots.txt',
  '/registration/withdraw?token=x',
  '/no-such-page',
];

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

function expectPolite(res: RawResponse, status: number, what: string) {
  expect(res.status, what).toBe(status);
  expect(securityHeaderProblems(res.headers), what).toEqual([]);
  expect(res.body, what).not.toMatch(/at .+\.js:\d+|TypeError|Internal Server Error/);
}

test('a method the site does not serve is answered 405 with an Allow header on every route', async ({ baseURL }) => {
  for (const path of ROUTES) {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) {
      const res = await rawRequest(baseURL!, { method, path });
      expectPolite(res, 405, `${method} ${path}`);
      expect(res.headers.allow, `${method} ${path}`).toBe('GET, HEAD, POST, OPTIONS');
    }
    const options = await rawRequest(baseURL!, { method: 'OPTIONS', path });
    expect(options.status, `OPTIONS ${path}`).toBe(204);
    expect(options.headers.allow, `OPTIONS ${path}`).toContain('GET');
  }
});

test('a request line no HTTP client would send is answered 400 with the security headers', async ({ baseURL }) => {
  for (const head of ['FOO / HTTP/1.1\r\nHost: x\r\n\r\n', 'GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n']) {
    const res = await rawRequest(baseURL!, { path: '/', rawHead: head });
    expectPolite(res, 400, JSON.stringify(head));
  }
  const badEncoding = await rawRequest(baseURL!, { path: '/meetings/%E0%A4%A' });
  expectPolite(badEncoding, 400, 'a path that is not valid percent-encoding');
});

test('a form post from another site is refused with 403 on every route and stores nothing', async ({ baseURL }) => {
  const email = `cross-site-${unique()}@example.eu`;
  const form = new FormData();
  for (const [k, v] of [...(await actionFields(baseURL!)), ...completeForm(email)]) form.append(k, v);
  const request = new Request(baseURL!, { method: 'POST', body: form });
  const body = Buffer.from(await request.arrayBuffer());
  for (const path of ['/participate', '/admin/sign-in', '/registration/withdraw?token=x', '/', '/api/health']) {
    for (const origin of ['https://attacker.example', 'null']) {
      const res = await rawRequest(baseURL!, {
        method: 'POST',
        path,
        headers: { Origin: origin, 'Content-Type': request.headers.get('content-type')!, 'Content-Length': body.length },
        body,
      });
      expectPolite(res, 403, `POST ${path} from ${origin}`);
    }
  }
  // No Origin, but the browser says the request is cross-site.
  const res = await rawRequest(baseURL!, {
    method: 'POST',
    path: '/participate',
    headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': request.headers.get('content-type')!, 'Content-Length': body.length },
    body,
  });
  expectPolite(res, 403, 'POST with Sec-Fetch-Site: cross-site');
  expect(storedEmails(databaseFile('fixtures')).has(email)).toBe(false);
});

test('an oversized body is answered 413 on every action and route, and a body of unknown length 411', async ({ baseURL }) => {
  const big = Buffer.alloc(2 * 1024 * 1024, 'a');
  const signIn = await actionFields(baseURL!, '/admin/sign-in');
  const body = Buffer.concat([Buffer.from(`${signIn.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}&password=`), big]);
  for (const path of ['/participate', '/admin/sign-in', '/registration/withdraw?token=x', '/admin', '/', '/api/health', '/feed.xml']) {
    const res = await rawRequest(baseURL!, {
      method: 'POST',
      path,
      headers: { Origin: baseURL!, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length },
      body,
    });
    expectPolite(res, 413, `2 MB POST ${path}`);
  }
  const chunked = await rawRequest(baseURL!, {
    method: 'POST',
    path: '/admin/sign-in',
    headers: { Origin: baseURL!, 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
    body: 'email=a',
  });
  expectPolite(chunked, 411, 'chunked POST');
});

test('the refusal pages say what happened in plain words', async ({ baseURL }) => {
  const res = await rawRequest(baseURL!, { method: 'POST', path: '/admin/sign-in', headers: { Origin: 'https://attacker.example', 'Content-Length': 0 } });
  expect(res.headers['content-type']).toContain('text/html');
  expect(res.body).toContain('<h1>Your form could not be sent</h1>');
  expect(res.body).toContain('href="/"');
});
