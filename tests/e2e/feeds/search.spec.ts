import { expect, test } from '@playwright/test';

// Axe, HTML validity and the other gates cover /search through the crawl (it is in the sitemap).
test.use({ javaScriptEnabled: false });

test('a visitor searches from the header without JavaScript and finds the meeting whose outcomes match first', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search this site' }).fill('interoperability charter');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=interoperability\+charter$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search this site' })).toHaveValue('interoperability charter');
  await expect(page.getByText(/^\d+ results? for “interoperability charter”$/)).toBeVisible();
  const first = page.getByRole('main').getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/meetings/2020-01-15-founding-meeting');
  await expect(first.locator('mark')).toHaveText(['interoperability', 'charter']);
});

test('a search with no results says so and suggests what to do', async ({ page }) => {
  await page.goto('/search?q=zzzyx');
  await expect(page.getByRole('heading', { name: 'No results for “zzzyx”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meetings' }).last()).toBeVisible();
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('hostile queries are shown as text, never as markup, and long ones are shortened with a note', async ({ page, request }) => {
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>"\u0000')}`);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)><script>alert(2)</script>"');
  await expect(page.locator('main img, main script')).toHaveCount(0);
  const long = await request.get(`/search?q=${'a'.repeat(5000)}`);
  expect(long.status()).toBe(200);
  await page.goto(`/search?q=${'charter '.repeat(100)}`);
  await expect(page.getByText(/Only the first 200 characters/)).toBeVisible();
  await page.goto('/search?q=a&q=b');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('a');
});

test('the 404 page offers the search', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await page.getByRole('main').getByRole('searchbox', { name: 'Search this site' }).fill('plenary');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=plenary$/);
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});
