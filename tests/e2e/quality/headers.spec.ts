import { expect, test } from '@playwright/test';
import { getCrawl, getResources } from '../support/crawl';
import { report, securityHeaderProblems } from '../support/gates';

test('every response carries the security headers: pages, the 404, static assets and files', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  const resources = await getResources(baseURL!);
  const problems = new Map<string, string[]>();
  for (const p of crawl.pages) problems.set(`${p.path} (${p.status})`, securityHeaderProblems(p.headers));
  for (const r of resources) problems.set(`${r.path} (${r.status})`, securityHeaderProblems(r.headers));
  expect(problems.size, 'nothing was checked').toBeGreaterThan(1);
  expect([...problems.keys()].some((k) => k.startsWith('/_next/static/')), 'no static asset was checked').toBe(true);
  expect([...problems.values()].flat(), report('responses missing security headers', problems)).toEqual([]);
});

test('no public page or file sets a cookie', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  const resources = await getResources(baseURL!);
  const isPublic = (path: string) => !path.startsWith('/admin');
  const problems = new Map<string, string[]>();
  for (const item of [...crawl.pages, ...resources]) {
    if (!isPublic(item.path)) continue;
    problems.set(item.path, item.setCookies.map((c) => `sets a cookie: ${c.split(';')[0]}`));
  }
  expect(problems.size, 'nothing was checked').toBeGreaterThan(0);
  expect([...problems.values()].flat(), report('public responses that set cookies', problems)).toEqual([]);
});
