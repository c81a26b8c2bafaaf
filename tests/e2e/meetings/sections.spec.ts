import { expect, test, type Page } from '@playwright/test';
import { fixtureMeetingSlug } from '../support/fixture-content';

/**
 * Meetings as a visitor meets them: nothing cancelled or postponed among the upcoming ones, the next
 * meeting singled out, no way to join a cancelled meeting, and no wording that promises a place.
 */

/** The status a meeting's own page states ("Scheduled", "Cancelled"...). */
async function statusOf(page: Page, href: string): Promise<string> {
  await page.goto(href);
  const row = page.locator('dl > div').filter({ has: page.locator('dt', { hasText: /^Status$/ }) });
  return (await row.locator('dd').innerText()).trim();
}

/** The meeting links listed under the sections whose heading matches `heading`. */
async function meetingLinksUnder(page: Page, heading: RegExp): Promise<string[]> {
  const sections = page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });
  const hrefs = await sections.locator('h3 a[href^="/meetings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.split('#')[0]!))];
}

test('no page lists a cancelled or postponed meeting among the upcoming ones; each sits apart, with its status', async ({ page }) => {
  const listing = ['/', '/meetings', '/meetings/organiser/wg1', '/meetings/organiser/wg3', '/working-groups/wg1', '/working-groups/wg3'];
  const upcoming = new Set<string>();
  const calledOff = new Set<string>();
  for (const path of listing) {
    await page.goto(path);
    for (const href of await meetingLinksUnder(page, /^(Upcoming meetings|Next meeting|Later meetings)$/)) upcoming.add(href);
    const apart = page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: 'Cancelled and postponed meetings' }) });
    for (const item of await apart.locator('li').all()) {
      // Each one carries its status as a tag beside its title.
      await expect(item.locator('strong')).toHaveText(/^(Cancelled|Postponed)$/);
    }
    for (const href of await meetingLinksUnder(page, /^Cancelled and postponed meetings$/)) calledOff.add(href);
  }
  expect(upcoming.size, 'the fixtures have upcoming meetings').toBeGreaterThan(2);
  expect(calledOff.size, 'the fixtures have a cancelled meeting still ahead').toBeGreaterThan(0);
  for (const href of upcoming) expect(await statusOf(page, href), `${href} is listed as upcoming`).toMatch(/^(Scheduled|To be confirmed)$/);
  for (const href of calledOff) expect(await statusOf(page, href), `${href} is listed apart`).toMatch(/^(Cancelled|Postponed)$/);
});

test('the home page and each group page single out the next meeting, or say that none is scheduled', async ({ page }) => {
  await page.goto('/');
  const next = page.getByRole('article', { name: 'Next meeting' });
  await expect(next.getByRole('heading', { level: 3 })).toHaveText('Spring meeting of Example Working Group 1');
  await expect(next).toContainText(/Sunday, 31 March \d{4}, 10:00 to 12:30 Brussels time \(CEST\)/);
  // It comes before the working groups, right after the introduction and the call to take part.
  const order = await page.locator('main h2').allInnerTexts();
  expect(order.indexOf('Take part')).toBeLessThan(order.indexOf('Next meeting'));
  expect(order.indexOf('Next meeting')).toBeLessThan(order.indexOf('The working groups'));

  await page.goto('/working-groups/wg2');
  await expect(page.getByRole('article', { name: 'Next meeting' }).getByRole('heading', { level: 3 })).toHaveText(/^Autumn meeting/);
  await page.goto('/working-groups/wg4');
  const none = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Next meeting' }) });
  await expect(none).toContainText('No meetings are scheduled yet.');
  await expect(none.getByRole('link', { name: 'Register your interest' })).toHaveAttribute('href', '/participate?group=wg4');
});

test('a cancelled meeting shows no way to join it, no registration and no calendar download', async ({ page }) => {
  await page.goto('/meetings/2022-05-17-example-group-1-hybrid-meeting');
  await expect(page.getByText('This meeting has been cancelled.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('meet.example.org');
  await expect(page.locator('main a[href^="https://meet."]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Register interest/ })).toHaveCount(0);
  await expect(page.locator('main a[href$=".ics"]')).toHaveCount(0);
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(jsonLd).not.toContain('meet.example.org');
});

test('registering interest in a meeting is never worded as booking a place', async ({ page }) => {
  const spring = fixtureMeetingSlug('example-group-1-spring-meeting');
  await page.goto(`/meetings/${spring}`);
  const offer = page.locator('main div').filter({ has: page.getByRole('link', { name: 'Register interest in this meeting' }) }).last();
  await expect(offer).toContainText('Registering interest does not reserve a place at the meeting.');
  await expect(page.getByText('Deadline to register interest')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/Register by|book(ed)? a place|your place/i);
  // The form then names the meeting and says the same.
  await page.getByRole('link', { name: 'Register interest in this meeting' }).click();
  await expect(page).toHaveURL(`/participate?meeting=${spring}`);
  await expect(page.locator('main')).toContainText('You are registering interest in the meeting “Spring meeting of Example Working Group 1”.');
  await expect(page.locator('main')).toContainText('Registering interest does not reserve a place at the meeting.');
  // A past meeting shows no deadline and no offer.
  await page.goto('/meetings/2020-01-15-founding-meeting');
  await expect(page.getByText('Deadline to register interest')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Register interest in this meeting' })).toHaveCount(0);
});

test('on a phone the breadcrumbs of a long meeting title stay on one line', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`/meetings/${fixtureMeetingSlug('example-group-2-autumn-meeting')}`);
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(trail.getByRole('link', { name: 'Meetings' })).toBeVisible();
  const lineHeight = await trail.getByRole('link', { name: 'Meetings' }).evaluate((a) => a.getBoundingClientRect().height);
  const height = await trail.evaluate((n) => n.getBoundingClientRect().height);
  expect(height).toBeLessThan(lineHeight * 1.5);
  await context.close();
});
