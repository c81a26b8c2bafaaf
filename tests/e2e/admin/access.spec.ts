import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sites } from '../support/sites';
import { ADMIN, insertRegistration, registrationExists, signInWithKeyboard } from './support';

/**
 * Every route under /admin in the build (pages, the export, anything added later) must refuse a
 * visitor who is not signed in, and its answer must carry none of the stored personal data.
 */
function adminRoutesFromBuild(): string[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(sites.fixtures.distDir, 'app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  return [...new Set(Object.values(manifest))].filter((r) => r === '/admin' || r.startsWith('/admin/')).sort();
}

test('every admin route and the export refuse a visitor who is not signed in, and leak no data', async ({ request }) => {
  const secret = insertRegistration({ fullName: 'Leak Canary Person', email: 'leak-canary@example.test' });
  const routes = adminRoutesFromBuild();
  expect(routes).toEqual(expect.arrayContaining(['/admin', '/admin/export', '/admin/mail', '/admin/audit', '/admin/sign-in']));
  const guarded = routes.filter((r) => r !== '/admin/sign-in');
  expect(guarded.length).toBeGreaterThanOrEqual(5);

  for (const route of guarded) {
    const url = route.replace(/\[[^\]]+\]/g, secret.id);
    for (const target of [url, `${url}?q=leak-canary`]) {
      const response = await request.get(target, { maxRedirects: 0 });
      const status = response.status();
      const body = await response.text();
      expect([303, 307, 308, 401, 403], `${target} answered ${status}`).toContain(status);
      if (status < 400) expect(new URL(response.headers()['location'] ?? '', sites.fixtures.origin).pathname).toBe('/admin/sign-in');
      for (const leaked of ['leak-canary@example.test', 'Leak Canary Person', secret.reference]) {
        expect(body, `${target} leaked ${leaked}`).not.toContain(leaked);
      }
    }
  }
});

test('the erase action refuses a visitor whose session has ended, and erases nothing', async ({ browser }) => {
  const target = insertRegistration({ fullName: 'Action Canary', email: 'action-canary@example.test' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithKeyboard(page, ADMIN.email, ADMIN.password);
  await page.waitForURL('**/admin');
  await page.goto(`/admin/registrations/${target.id}/erase`);
  // The no-JavaScript form carries the Server Action's id: replay it later without a session.
  const fields = await page.locator('form:has(input[name="id"]) input').evaluateAll((inputs) =>
    inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const),
  );
  expect(fields.some(([name]) => name.startsWith('$ACTION_ID_'))).toBe(true);
  await context.close();

  const anonymous = await browser.newContext();
  const multipart = Object.fromEntries(fields);
  const response = await anonymous.request.post('/admin', { multipart, maxRedirects: 0, headers: { Origin: sites.fixtures.origin } });
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).not.toContain('action-canary@example.test');
  expect(registrationExists(target.id)).toBe(true);
  await anonymous.close();
});
