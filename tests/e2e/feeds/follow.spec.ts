import { expect, test } from '@playwright/test';
import { fixtureMeetingSlug } from '../support/fixture-content';

/** "Follow the Platform": subscriptions that update, explained for people, and reached from where they are needed. */

test('the footer and the meeting pages lead to the Follow page, whose Subscribe links are webcal: subscriptions', async ({ page, baseURL, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'How to follow the Platform' }).click();
  await expect(page).toHaveURL(/\/follow$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow the Platform');
  const host = new URL(baseURL!).host;

  const all = page.locator('#calendar-all');
  await expect(all.getByRole('link', { name: 'Subscribe to All meetings' })).toHaveAttribute('href', `webcal://${host}/meetings.ics`);
  await expect(all).toContainText(`${baseURL}/meetings.ics`);
  const wg1 = page.locator('#calendar-wg1');
  await expect(wg1.getByRole('link', { name: /^Subscribe to Working Group 1:/ })).toHaveAttribute('href', `webcal://${host}/working-groups/wg1/calendar.ics`);
  await expect(wg1).toContainText(`${baseURL}/working-groups/wg1/calendar.ics`);
  // The address to paste is the calendar itself.
  const calendar = await request.get(`${baseURL}/working-groups/wg1/calendar.ics`);
  expect(calendar.headers()['content-type']).toContain('text/calendar');

  // How to add one, for the common programs, and the feed with its address.
  for (const program of ['Google Calendar', 'Microsoft Outlook', 'Apple Calendar', 'Thunderbird']) {
    await expect(page.locator('summary', { hasText: program })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Follow news in a feed reader' })).toBeVisible();
  await expect(page.getByText(`${baseURL}/feed.xml`)).toBeVisible();

  // No link on the site says "Subscribe" and downloads a file.
  for (const path of ['/meetings', '/working-groups/wg1', '/meetings/organiser/wg3']) {
    await page.goto(path);
    const subscribe = page.getByRole('link', { name: /Subscribe/ });
    expect(await subscribe.count()).toBeGreaterThan(0);
    for (const href of await subscribe.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href, `${path}: a Subscribe link`).toMatch(/^\/follow#calendar(s|-all|-wg\d+)$/);
    }
  }
  await page.goto('/working-groups/wg1');
  await page.getByRole('link', { name: 'Subscribe to this group’s meetings in your calendar' }).click();
  await expect(page).toHaveURL(/\/follow#calendar-wg1$/);

  // A meeting's own download says it is a one-off copy and points to the subscription.
  await page.goto(`/meetings/${fixtureMeetingSlug('example-group-1-spring-meeting')}`);
  await expect(page.getByRole('link', { name: /Add this meeting to your calendar/ })).toHaveAttribute('href', /\/calendar\.ics$/);
  await expect(page.getByRole('link', { name: 'Subscribe to the calendar' })).toHaveAttribute('href', '/follow#calendar-wg1');
});
