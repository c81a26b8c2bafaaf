import { expect, test } from '@playwright/test';
import { fixtureMeetingSlug } from '../support/fixture-content';

/** A printed page says which site it comes from and prints each address once. */

test('a printed meeting page carries the site’s name and address, and its online link once', async ({ page, baseURL }) => {
  const path = `/meetings/${fixtureMeetingSlug('example-group-1-spring-meeting')}`;
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const printHeader = page.locator('.print-only');
  await expect(printHeader).toBeVisible();
  await expect(printHeader).toContainText('Example Platform: Example Platform of National Initiatives (test fixture)');
  await expect(printHeader).toContainText(`${baseURL}${path}`);
  await expect(page.getByRole('banner')).toBeHidden();

  const suffix = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  // The online link's text is its address: no second copy after it.
  expect(await suffix('main a[href^="https://meet.example.org/"]')).toBe('none');
  // A link with other words keeps its destination.
  expect(await suffix('main dd a[href^="/working-groups/"]')).toContain('/working-groups/wg1');

  // Every sheet names the site in its margin (paged media): the name is handed to the page context.
  const rootName = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--site-short-name'));
  expect(rootName.trim()).toBe('"Example Platform"');
});
