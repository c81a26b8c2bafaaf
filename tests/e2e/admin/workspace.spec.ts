import { expect, test, type Page } from '@playwright/test';
import { ADMIN, insertRegistration } from './support';
import { fixtureMeetingSlug } from '../support/fixture-content';

/** The secretariat's workspace as the secretariat uses it, at 1280 px and on a phone. */

async function signIn(page: Page): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin$/);
}

const longName = 'Maria-Kristina Papadopoulou-Vasilaki';
const longEmail = 'maria.papadopoulou-vasilaki@ministry-of-digital-governance.example.gr';

test('the list fits 1280 px and a phone without sideways scrolling, in its own frame with its section marked', async ({ browser }) => {
  const mine = insertRegistration({
    fullName: longName,
    email: longEmail,
    organisation: 'Hellenic Ministry of Digital Governance, Directorate for Industrial Digitisation',
    country: 'GR',
    groups: ['wg1', 'wg2', 'wg3'],
  });
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`/admin?q=${encodeURIComponent(longEmail)}`);
    await expect(page.getByRole('link', { name: new RegExp(`^${mine.reference}`) })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(width);
    // Its own frame: the secretariat's navigation with Registrations marked, not the public header.
    await expect(page.getByRole('navigation', { name: 'Secretariat area' }).getByRole('link', { name: 'Registrations' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    if (width === 1280) {
      // Full width: the table spans more than the public site's 1024 px reading column.
      const tableWidth = await page.getByRole('table', { name: 'Registrations matching the filters' }).evaluate((t) => t.getBoundingClientRect().width);
      expect(tableWidth).toBeGreaterThan(1100);
    }
    await context.close();
  }
});

test('each registration has a detail page with everything stored, and the list counts in correct English', async ({ page }) => {
  const mine = insertRegistration({
    fullName: 'Detail Person',
    email: 'detail-person@example.test',
    groups: ['wg1', 'wg3'],
    meetingSlug: fixtureMeetingSlug('example-group-1-spring-meeting'),
    contribution: 'We can present our regional hubs.\n\nAnd host a meeting.',
  });
  await signIn(page);
  await page.goto('/admin?q=detail-person');
  await expect(page.getByText('1 registration matches these filters.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Export this registration (CSV)' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${mine.reference}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/registrations/${mine.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Detail Person');
  const main = page.locator('main');
  await expect(main).toContainText('We can present our regional hubs.');
  await expect(main).toContainText('And host a meeting.');
  await expect(main.getByRole('link', { name: 'Spring meeting of Example Working Group 1' })).toHaveAttribute(
    'href',
    `/meetings/${fixtureMeetingSlug('example-group-1-spring-meeting')}`,
  );
  for (const label of ['Agreed to the privacy statement', 'Privacy statement version', 'Email address confirmed', 'Registered', 'Last changed']) {
    await expect(main.locator('dt', { hasText: label })).toBeVisible();
  }
  await expect(main).toContainText('Working Group 3: Example platforms and standardisation');
  await expect(page.getByRole('navigation', { name: 'Secretariat area' }).getByRole('link', { name: 'Registrations' })).toHaveAttribute('aria-current', 'true');

  await page.goto('/admin?q=no-such-person-anywhere');
  await expect(page.getByText('0 registrations match these filters.')).toBeVisible();
});

test('chart labels are written in full and stay inside the chart, at 1280 px and on a phone', async ({ browser }) => {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signIn(page);
    const chart = page.getByRole('img', { name: /Registrations per working group/ });
    await expect(chart).toBeVisible();
    const { labels, overflow } = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')];
      return {
        labels: texts.filter((t) => t.querySelector('tspan')).map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
        overflow: texts.filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        }).length,
      };
    });
    expect(labels).toEqual([
      'Working Group 1: Example data spaces, skills and testbeds',
      'Working Group 2: Example partnerships, co-investment and regional programmes',
      'Working Group 3: Example platforms and standardisation',
      'Working Group 4: Example accessibility of public digital services',
    ]);
    expect(overflow, `labels overflowing the chart at ${width} px`).toBe(0);
    await context.close();
  }
});

test('the audit log is written in words: no query strings, no internal client keys', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin?q=someone&group=wg1&country=BE');
  await page.goto('/admin/audit');
  const log = page.locator('main table');
  await expect(log.getByRole('cell', { name: 'Viewed the registrations: Working Group 1: Example data spaces, skills and testbeds, Belgium, with a search' }).first()).toBeVisible();
  const text = await log.innerText();
  expect(text).not.toMatch(/\?q=|&group=|\bdirect\b|someone/);
  await expect(log.getByRole('cell', { name: 'Not known (no trusted proxy reports client addresses)' }).first()).toBeVisible();
});
