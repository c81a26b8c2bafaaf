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

test('a search is answered from the cache the second time, in any language, at the address the visitor typed', async ({ request }) => {
  for (const path of ['/search?q=plenary+charter', '/fr/search?q=plenary+charter&page=1']) {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const second = await request.get(path);
    expect(second.status()).toBe(200);
    // Next's own cache marker: rendered once, then served like a built page.
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await second.text()).toBe(await first.text());
  }
  // The page before a search is built ahead; the results pages' own path is not an address.
  const start = await request.get('/search');
  expect(start.headers()['x-nextjs-prerender'] ?? start.headers()['x-nextjs-cache']).toBeTruthy();
  for (const internal of ['/search/results/1-0-bWVldGluZw', '/pl/search/results/1-0-bWVldGluZw', '/pl/search/results/1.0.bWVldGluZw', '/en/search/results/1-0-bWVldGluZw']) {
    expect((await request.get(internal)).status(), internal).toBe(404);
  }
});

test('results pages follow the query: the second page, a hostile page number, a query with no words', async ({ page }) => {
  await page.goto('/search?q=meeting&page=2');
  await expect(page.getByText(/^\d+ results? for “meeting”/)).toBeVisible();
  await page.goto('/search?q=meeting&page=-1');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('meeting');
  await page.goto('/search?q=%21%21%21');
  await expect(page.getByText('Enter one or more words to search for.')).toBeVisible();
});
