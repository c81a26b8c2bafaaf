import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeProblems } from '../support/gates';
import { runDir } from '../support/sites';
import { validateHtml } from '../support/vnu';
import { ADMIN, insertRegistration, insertToken, isConfirmed, registrationExists } from './support';

test('a registrant confirms, then withdraws, each with one button; each link says plainly what happened', async ({ page }) => {
  const reg = insertRegistration({ fullName: 'Link Follower', email: 'link-follower@example.test' });
  const confirm = insertToken(reg.id, 'confirm');
  const withdraw = insertToken(reg.id, 'withdraw');
  const expired = insertToken(reg.id, 'withdraw', new Date(Date.now() - 1000));

  // Opening the confirm link (as a mail scanner would) changes nothing; its button confirms.
  await page.goto(`/registration/confirm?token=${confirm}`);
  await page.goto(`/registration/confirm?token=${confirm}`);
  expect(isConfirmed(reg.id)).toBe(false);
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you: your email address is confirmed.');
  expect(isConfirmed(reg.id)).toBe(true);
  await page.goto(`/registration/confirm?token=${confirm}`);
  await expect(page.getByRole('status')).toHaveText('Your email address was already confirmed. Nothing else is needed.');

  await page.goto(`/registration/withdraw?token=${expired}`);
  await expect(page.getByRole('status')).toContainText('This link has expired.');

  // Opening the withdraw link (as a mail scanner would) changes nothing.
  await page.goto(`/registration/withdraw?token=${withdraw}`);
  await page.goto(`/registration/withdraw?token=${withdraw}`);
  expect(registrationExists(reg.id)).toBe(true);
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Withdraw and erase my data' }).click();
  await expect(page.getByRole('status')).toHaveText('Your registration has been withdrawn and your personal data erased.');
  expect(registrationExists(reg.id)).toBe(false);

  await page.goto(`/registration/withdraw?token=${withdraw}`);
  await expect(page.getByRole('status')).toHaveText('This registration has already been withdrawn and its personal data erased.');
  await page.goto(`/registration/confirm?token=${confirm}`);
  await expect(page.getByRole('status')).toHaveText('This registration no longer exists: it was withdrawn or erased.');
  await page.goto('/registration/confirm?token=not-a-token');
  await expect(page.getByRole('status')).toContainText('This link is not valid.');
});

test('the admin and registrant pages are valid HTML (Nu checker)', async ({ page }) => {
  test.setTimeout(120_000);
  const reg = insertRegistration({ fullName: 'Valid Html', email: 'valid-html@example.test' });
  const withdraw = insertToken(reg.id, 'withdraw');
  const confirm = insertToken(reg.id, 'confirm');
  const documents: { name: string; html: string }[] = [];
  // The HTML as the server sends it (the page's context carries the session cookie once signed in).
  const grab = async (url: string) => {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    documents.push({ name: url, html: await response.text() });
  };
  await grab('/admin/sign-in');
  await grab(`/registration/withdraw?token=${withdraw}`);
  await grab(`/registration/confirm?token=${confirm}`);
  await grab('/registration/manage');
  await grab('/registration/manage/sent');
  await grab('/contact');
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/admin');
  for (const url of ['/admin', '/admin?q=valid-html&status=unconfirmed', `/admin/registrations/${reg.id}/erase`, '/admin/mail', '/admin/audit']) {
    await grab(url);
  }
  const errors = validateHtml(documents, path.join(runDir(), 'vnu-admin'));
  expect(errors.map((e) => `${e.name}:${e.line ?? ''} ${e.message} ${e.extract ?? ''}`)).toEqual([]);
});
