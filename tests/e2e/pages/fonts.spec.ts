import { expect, test } from '@playwright/test';

/** The self-hosted font: one file per script, preloaded where it matters, and no layout shift. */

test('Inter comes from the site itself, per script (Latin, Latin Extended, Greek, Cyrillic), and never shifts the layout', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);

  const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ display: f.display, range: f.unicodeRange, status: f.status })));
  const inter = faces.filter((f) => f.range !== 'U+0-10FFFF');
  expect(inter.map((f) => f.range).join(' ')).toMatch(/U\+370-377/i); // Greek
  expect(inter.map((f) => f.range).join(' ')).toMatch(/U\+400-45F/i); // Cyrillic
  expect(inter.map((f) => f.range).join(' ')).toMatch(/U\+100-2BA/i); // Latin Extended
  // "optional": drawn once, in Inter or in its matched fallback, never swapped afterwards.
  expect(inter.every((f) => f.display === 'optional')).toBe(true);

  // The Latin file is preloaded from this origin; the other scripts load only for pages that use them.
  const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  expect(preloads).toHaveLength(1);
  expect(new URL(preloads[0]!).origin).toBe(new URL(baseURL!).origin);

  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
  await context.close();
});
