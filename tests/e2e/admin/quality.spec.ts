import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeProblems, documentProblems, footerProblems, report, securityHeaderProblems } from '../support/gates';
import { parseHtml } from '../support/html';
import { runDir, sites } from '../support/sites';
import { validateHtml } from '../support/vnu';
import { ADMIN, insertRegistration } from './support';

/**
 * The quality gates of tests/e2e/quality on every page of the secretariat area, which the crawl cannot
 * reach (they need a session): document parts, the footer's owner and contact, security headers, the HTML checker, and axe with
 * JavaScript, at 1280 px and on a phone.
 */
test('every secretariat page passes the document, header, HTML and axe gates', async ({ browser }) => {
  test.setTimeout(180_000);
  const mine = insertRegistration({ fullName: 'Quality Gate Person', email: 'quality-gate@example.test', contribution: 'Some words.' });
  const paths = [
    '/admin',
    '/admin?q=quality-gate',
    `/admin/registrations/${mine.id}`,
    `/admin/registrations/${mine.id}/erase`,
    '/admin/meetings',
    '/admin/meetings/2086-10-27-example-group-2-autumn-meeting',
    '/admin/mail',
    '/admin/audit',
  ];
  const origin = sites.fixtures.origin;

  const signedOut = await browser.newContext();
  const signInPage = await signedOut.newPage();
  const documents: { name: string; html: string }[] = [];
  const problems = new Map<string, string[]>();
  const check = async (name: string, response: { headers(): Record<string, string>; text(): Promise<string> }, page: import('@playwright/test').Page) => {
    const html = await response.text();
    documents.push({ name, html });
    problems.set(name, [
      ...documentProblems(parseHtml(html), origin),
      ...footerProblems(parseHtml(html)),
      ...securityHeaderProblems(response.headers()),
      ...(await axeProblems(page)),
    ]);
  };
  const signIn = await signInPage.goto('/admin/sign-in');
  await check('/admin/sign-in', signIn!, signInPage);
  await signedOut.close();

  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto('/admin/sign-in');
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin$/);
    for (const p of paths) {
      const response = await page.goto(p);
      expect(response!.status(), p).toBe(200);
      await check(`${p} (${width} px)`, response!, page);
    }
    await context.close();
  }
  expect([...problems.values()].flat(), report('secretariat pages failing a gate', problems)).toEqual([]);
  expect(validateHtml(documents, path.join(runDir(), 'vnu-admin'))).toEqual([]);
});
