import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { axeProblems } from '../support/gates';
import { auditRows, insertRegistration, registrationExists, signInWithKeyboard, tabTo } from './support';

test('a secretariat member signs in, filters, exports and erases using only the keyboard, then signs out', async ({ browser }) => {
  const mine = insertRegistration({ fullName: '=Keyboard Journey', email: 'keyboard-journey@example.test', country: 'LU', groups: ['wg2'] });
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();

  await signInWithKeyboard(page);
  await page.waitForURL('**/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrations' })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);

  // The session cookie: HttpOnly, SameSite=Strict, Secure, Path=/, __Host- prefix (a production build).
  const cookies = await context.cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ name: '__Host-dei-admin-session', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  expect(cookies[0]!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // Filter: type a search and press Enter (a GET form: the filters land in the URL).
  await tabTo(page, 'input#filter-q');
  await page.keyboard.type('keyboard-journey');
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]q=keyboard-journey/);
  await expect(page.getByRole('cell', { name: /keyboard-journey@example\.test/ })).toBeVisible();
  await expect(page.getByText('1 registration matches these filters.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Registrations per country/ })).toBeVisible();

  // Export the filtered list.
  await tabTo(page, 'a[href^="/admin/export"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^registrations-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r['Reference'], r['Full name'], r['Email address']])).toEqual([
    [mine.reference, "'=Keyboard Journey", 'keyboard-journey@example.test'],
  ]);

  // Erase: the reference opens the registration; its erase link opens a confirmation step; its button erases.
  await tabTo(page, `a[href="/admin/registrations/${mine.id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/admin/registrations/${mine.id}`);
  await tabTo(page, `a[href="/admin/registrations/${mine.id}/erase"]`);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/admin/registrations/${mine.id}/erase`);
  // After a client-side navigation Next streams the new <title> in; scan once the page has it.
  await expect(page).toHaveTitle(/^Erase a registration/);
  expect(registrationExists(mine.id)).toBe(true);
  expect(await axeProblems(page)).toEqual([]);
  await tabTo(page, 'main form button[type="submit"]');
  await expect(page.locator(':focus')).toHaveText('Erase this registration');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/admin\?erased=/);
  await expect(page.getByRole('status')).toContainText(`The registration ${mine.reference} has been erased.`);
  expect(registrationExists(mine.id)).toBe(false);

  // The audit log shows what was done, by whom.
  await page.goto('/admin/audit');
  await expect(page.getByRole('cell', { name: `Erased registration ${mine.reference}` })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await page.goto('/admin/mail');
  expect(await axeProblems(page)).toEqual([]);
  // The log holds references, never the member's address, the registrant's or the search typed (S-PRIVACY-2).
  const log = auditRows();
  expect(log.filter((e) => e.action === 'view-registrations').map((e) => e.target)).toContain('?q=*');
  for (const e of log) expect(`${e.actor} ${e.target ?? ''}`).not.toMatch(/@|keyboard-journey/);

  // Sign out revokes the session: the old cookie, replayed, no longer opens anything.
  const stolen = (await context.cookies())[0]!;
  await tabTo(page, 'nav form button[type="submit"]');
  await expect(page.locator(':focus')).toHaveText('Sign out');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/admin/sign-in');
  expect(await context.cookies()).toEqual([]);
  const replay = await browser.newContext();
  await replay.addCookies([stolen]);
  const response = await replay.request.get('/admin', { maxRedirects: 0 });
  expect([303, 307]).toContain(response.status());
  expect(response.headers()['location']).toContain('/admin/sign-in');
  await replay.close();
  await context.close();
});

test('the sign-in page follows the GOV.UK error pattern and passes axe', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await expect(page.getByLabel('Email address')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter your email address' })).toHaveAttribute('href', '#email');
  await expect(page).toHaveTitle(/^Error: /);
  expect(await axeProblems(page)).toEqual([]);
});
