import { expect, test, type Page } from '@playwright/test';
import { databaseFile } from '../support/sites';
import { storedEmails } from './support';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function fillCompleteForm(page: Page, email: string): Promise<void> {
  await page.getByLabel('Full name').fill('Zoë O’Brien');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Organisation', { exact: true }).fill('Digital Innovation Hub Lisboa');
  await page.getByLabel('Country').selectOption('PT');
  await page.getByRole('group', { name: 'Type of organisation' }).getByLabel('Digital Innovation Hub').check();
  await page.getByRole('group', { name: 'Working groups' }).getByRole('checkbox').first().check();
  await page.getByLabel('How would you like to contribute?').fill('Line one\nLine two');
  await page.getByRole('checkbox', { name: /I agree to the processing of my data/ }).check();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor registers interest without JavaScript', async ({ page }) => {
    const email = `nojs-${unique()}@example.eu`;
    await page.goto('/participate');
    await expect(page).toHaveTitle(/^Register interest in a working group/);
    await fillCompleteForm(page, email);
    const post = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/participate'));
    await page.getByRole('button', { name: 'Register interest' }).click();
    expect((await post).status()).toBe(303);
    await expect(page).toHaveURL(/\/participate\/confirmation\?ref=[2-9A-Z]{8}&groups=wg1&sig=[\w-]{22}$/);
    const reference = new URL(page.url()).searchParams.get('ref');
    await expect(page.getByRole('heading', { level: 1, name: 'Registration received' })).toBeVisible();
    await expect(page.getByText(reference ?? 'missing')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'What happens next' })).toBeVisible();
    await expect(page.getByText('Registering interest does not book a place at a meeting.')).toBeVisible();
    expect(storedEmails(databaseFile('fixtures')).get(email)).toBe(reference);
  });

  test('a visitor without JavaScript who leaves the form empty sees every error and the title says so', async ({ page }) => {
    await page.goto('/participate');
    await page.getByLabel('Full name').fill('Ana <b>Silva</b>');
    await page.getByLabel('Email address').fill('ana@@example');
    await page.getByRole('button', { name: 'Register interest' }).click();
    await expect(page).toHaveTitle(/^Error: Register interest in a working group/);
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    for (const [message, id] of [
      ['Enter an email address in the correct format, like name@example.com', 'email'],
      ['Enter your organisation', 'organisation'],
      ['Select your country', 'country'],
      ['Select the type of organisation', 'organisationType'],
      ['Select at least one working group', 'groups'],
      ['You must agree to the privacy statement to register', 'consent'],
    ]) {
      await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', `#${id}`);
    }
    await expect(page.getByLabel('Full name')).toHaveValue('Ana <b>Silva</b>');
    await expect(page.getByLabel('Email address')).toHaveValue('ana@@example');
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-describedby', 'email-hint email-error');
    expect(await page.locator('title').count()).toBe(1);
  });
});

test.describe('with JavaScript', () => {
  test('a visitor registers interest with JavaScript', async ({ page }) => {
    const email = `js-${unique()}@example.eu`;
    await page.goto('/participate');
    await fillCompleteForm(page, email);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    // Hold the action's request so the pending state can be seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/participate', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Register interest' }).click();
    const button = page.getByRole('button', { name: 'Sending…' });
    await expect(button).toBeDisabled();
    release();
    await expect(page).toHaveURL(/\/participate\/confirmation\?ref=[2-9A-Z]{8}&groups=wg1&sig=[\w-]{22}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Registration received' })).toBeVisible();
    // No full reload: the window object is the same one.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(storedEmails(databaseFile('fixtures')).has(email)).toBe(true);
  });

  test('a visitor with JavaScript who makes mistakes is taken to the error summary and keeps every value', async ({ page }) => {
    await page.goto('/participate');
    await page.getByLabel('Full name').fill('Jürgen Weiß');
    await page.getByLabel('Country').selectOption('IS');
    await page.getByRole('button', { name: 'Register interest' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Register interest/);
    await expect(page.getByLabel('Full name')).toHaveValue('Jürgen Weiß');
    await expect(page.getByLabel('Country')).toHaveValue('IS');
    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    await expect(page.getByLabel('Email address')).toBeFocused();
    await expect(page.locator('#email-error')).toContainText('Enter your email address');
  });

  test('the same email registering again gets a new reference of its own, and the page says nothing of the first', async ({ page }) => {
    const email = `again-${unique()}@example.eu`;
    await page.goto('/participate');
    await fillCompleteForm(page, email);
    await page.getByRole('button', { name: 'Register interest' }).click();
    await expect(page).toHaveURL(/confirmation\?ref=/);
    const first = new URL(page.url()).searchParams.get('ref')!;

    await page.goto('/participate?group=wg3');
    await fillCompleteForm(page, email.toUpperCase());
    await page.getByRole('button', { name: 'Register interest' }).click();
    await expect(page).toHaveURL(/confirmation\?ref=/);
    const second = new URL(page.url()).searchParams.get('ref')!;
    expect(second).toMatch(/^[2-9A-Z]{8}$/);
    expect(second).not.toBe(first);
    expect(await page.content()).not.toContain(first);
    expect(storedEmails(databaseFile('fixtures')).get(email)).toBe(first);
  });

  test('a reference typed into the address bar shows nothing of a registration', async ({ page }) => {
    await page.goto('/participate/confirmation?ref=ZZZZZZZZ');
    await expect(page.getByRole('heading', { level: 1, name: 'Registration received' })).toBeVisible();
    await expect(page.getByText('This page shows a reference only just after you send the form.')).toBeVisible();
    // The URL itself is in Next's page data; what the page shows and says never is.
    expect(await page.locator('body').innerText()).not.toContain('ZZZZZZZZ');
  });
});

test('a link with ?group= preselects that working group', async ({ page }) => {
  await page.goto('/participate?group=wg2');
  await expect(page.getByRole('checkbox', { name: /^Working Group 2:/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Working Group 1:/ })).not.toBeChecked();
});

test('a link with ?meeting= preselects that meeting and its group', async ({ page }) => {
  await page.goto('/participate?meeting=2086-10-27-example-group-2-autumn-meeting');
  await expect(page.getByLabel('Meeting', { exact: true })).toHaveValue('2086-10-27-example-group-2-autumn-meeting');
  await expect(page.getByRole('checkbox', { name: /^Working Group 2:/ })).toBeChecked();
});

test('a past meeting is not offered and an unknown one in the link is ignored', async ({ page }) => {
  await page.goto('/participate?meeting=2020-01-15-founding-meeting');
  await expect(page.getByLabel('Meeting', { exact: true })).toHaveValue('');
  await expect(page.locator('option[value="2020-01-15-founding-meeting"]')).toHaveCount(0);
});
