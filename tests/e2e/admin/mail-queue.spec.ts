import { expect, test } from '@playwright/test';
import { ADMIN } from './support';

test('with no SMTP_URL a registration still succeeds, and its mail waits in the queue the admin can see', async ({ page }) => {
  test.setTimeout(120_000);
  const email = `queued-${Date.now()}@example.test`;
  await page.goto('/participate');
  await page.getByLabel('Full name').fill('Queued Mail Person');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Organisation').fill('Queue Org');
  await page.getByLabel('Country').selectOption({ label: 'Belgium' });
  await page.getByRole('radio', { name: 'SME' }).check();
  await page.getByRole('group', { name: /Working groups/ }).getByRole('checkbox').first().check();
  await page.getByRole('checkbox', { name: /I agree to the processing of my data/ }).check();
  await page.getByRole('button', { name: 'Register interest' }).click();
  await page.waitForURL('**/participate/confirmation**');
  const reference = new URL(page.url()).searchParams.get('ref');
  expect(reference).toMatch(/^[A-Z0-9]{8}$/);

  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/admin');
  await page.goto('/admin/mail');
  await expect(page.getByText('No mail server is configured (SMTP_URL is not set)')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Confirm your registration of interest (reference ${reference})`);
  await expect(row).toContainText('Waiting');
});
