import { expect, test } from '@playwright/test';

/** The real site states its source's facts and nothing more (S-CONTENT-3), and invites people in. */

test('Working Group 3’s June 2018 meeting reads as its source wrote it, with nothing inferred', async ({ page }) => {
  for (const path of ['/meetings/2018-06-working-group-3-meeting', '/meetings', '/working-groups/wg3']) {
    await page.goto(path);
    await expect(page.locator('main')).toContainText('June 2018 (to be confirmed)');
    await expect(page.locator('main')).not.toContainText(/never confirmed/i);
  }
});

test('the home page says each paragraph of the source once, links the invitation to the form and puts the call to take part near the top', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  const main = page.locator('main');
  expect(((await main.innerText()).match(/Working Groups are key instruments/g) ?? []).length).toBe(1);
  await expect(main.getByRole('link', { name: 'Please communicate us your interest.' })).toHaveAttribute('href', '/participate');
  // On a phone the button to take part is within the first two screens, not 3,300 px down.
  const button = main.getByRole('link', { name: 'Register interest' });
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeLessThan(1600);
  await context.close();
});

test('with no meeting scheduled, the home page says so where the next meeting would be', async ({ page }) => {
  await page.goto('/');
  const next = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Next meeting' }) });
  await expect(next).toContainText('No meetings are scheduled yet.');
});
