import { expect, test } from '@playwright/test';
import { startOwnServer } from '../support/own-server';
import { sites } from '../support/sites';

const text = async (url: string) => {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return (await response.text())
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
};

test('the statements and the contact page show the values the server runs with, not those of the build', async () => {
  test.setTimeout(120_000);
  // The shared seed server runs with the defaults and no contact address.
  const defaults = await text(`${sites.seed.origin}/privacy`);
  expect(defaults).toContain('We keep a registration for 365 days after you last gave your consent');
  expect(defaults).toContain('we delete your registration after 30 days');
  expect(defaults).toContain('Reply to the confirmation email you received');

  // The same build, started with other values (S-PRIVACY-1).
  const server = await startOwnServer(sites.seed, 'running-config', {
    RETENTION_DAYS: '180',
    UNCONFIRMED_RETENTION_DAYS: '7',
    RATE_LIMIT_WINDOW_SECONDS: '900',
    SECRETARIAT_EMAIL: 'privacy-office@example.eu',
  });
  try {
    const privacy = await text(`${server.origin}/privacy`);
    expect(privacy).toContain('We keep a registration for 180 days after you last gave your consent');
    expect(privacy).toContain('we delete your registration after 7 days');
    expect(privacy).toContain("deleted when the limit's period of 15 minutes ends");
    expect(privacy).toContain('privacy-office@example.eu');
    expect(privacy).not.toContain('365 days');
    expect(privacy).not.toContain('30 days after');
    expect(await text(`${server.origin}/accessibility`)).toContain('Write to the secretariat at privacy-office@example.eu');
    expect(await text(`${server.origin}/contact`)).toContain('Write to the secretariat at privacy-office@example.eu');
  } finally {
    await server.stop();
  }
});

test('every page names who runs the site and leads to a contact, from the content and configuration only', async ({ page }) => {
  for (const path of ['/', '/meetings', '/participate', '/privacy', '/registration/manage', '/no-such-page']) {
    await page.goto(path);
    const footer = page.locator('footer');
    await expect(footer).toContainText('This site is managed by the secretariat of the European Platform of National Initiatives on Digitising Industry.');
    await expect(footer.getByRole('link', { name: 'Contact the secretariat', exact: true })).toHaveAttribute('href', '/contact');
  }
  await page.goto('/contact');
  await expect(page.getByRole('main')).toContainText('Reply to the confirmation email you received when you registered interest');
  await expect(page.getByRole('main').getByRole('link', { name: 'manage your registration' })).toHaveAttribute('href', '/registration/manage');
});
