import { expect, test, type Page } from '@playwright/test';

/** The form's controls as GOV.UK sizes them, one button style across the site, and error links that land well. */

/** Whether the element's box lies inside the viewport (fully). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`on a phone, each error-summary link lands with the field's label and message in view (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/participate');
    await page.getByRole('button', { name: 'Register interest' }).click();
    const summary = page.locator('[role="alert"][aria-labelledby="error-summary-title"]');
    await expect(summary).toBeVisible();
    const hrefs = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(expect.arrayContaining(['#fullName', '#email', '#organisationType', '#groups', '#consent']));
    for (const href of hrefs) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await summary.locator(`a[href="${href}"]`).click();
      const id = href.slice(1);
      // The label, or the legend of a group of radios or checkboxes, and the message are on screen.
      const field = page.locator(`[id="${id}"]`);
      const inFieldset = await field.evaluate((el) => Boolean(el.closest('fieldset')));
      const context = inFieldset ? `fieldset:has([id="${id}"]) legend` : `label[for="${id}"]`;
      await expect.poll(() => inView(page, context), `${href}: its label or legend`).toBe(true);
      await expect.poll(() => inView(page, `[id="${id}-error"]`), `${href}: its error message`).toBe(true);
      if (javaScriptEnabled) await expect(field).toBeFocused();
    }
    await context.close();
  });
}

test('radios and checkboxes are GOV.UK-sized: a 40 px box, and a 44 px target', async ({ page }) => {
  await page.goto('/participate');
  for (const selector of ['input[type="radio"]', 'input[type="checkbox"]']) {
    const input = page.locator(selector).first();
    const box = await input.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    const drawn = await input.evaluate((el) => {
      const before = getComputedStyle(el.nextElementSibling!, '::before');
      return [before.width, before.height];
    });
    expect(drawn).toEqual(['40px', '40px']);
  }
  // Clicking the label ticks the box, and the tick is drawn.
  await page.getByLabel(/^Working Group 1:/).check();
  const tick = await page.getByLabel(/^Working Group 1:/).evaluate((el) => getComputedStyle(el.nextElementSibling!, '::after').opacity);
  expect(tick).toBe('1');
});

test('the site has one primary button style: the form, a page’s call to action and the search box look alike', async ({ page }) => {
  const look = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, weight: s.fontWeight };
    });
  await page.goto('/participate');
  const submit = await look('main button[type="submit"]');
  await page.goto('/working-groups/wg1');
  const call = await look('main a.button');
  const search = await look('header form[role="search"] button');
  expect(call).toEqual(submit);
  expect(search).toEqual(submit);
  expect(submit.background).toBe('rgb(0, 68, 148)');
});
