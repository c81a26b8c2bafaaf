import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import nextConfig from '@/next.config';
import { CLOCK_PAGE_REVALIDATE_SECONDS, MAX_STALENESS_SECONDS } from '@/lib/site/freshness';

const ROOT = path.resolve(__dirname, '../../..');
/** Every page whose content depends on the clock (upcoming or past meetings). */
const CLOCK_PAGES = [
  'app/[locale]/page.tsx',
  'app/[locale]/meetings/page.tsx',
  'app/[locale]/meetings/[slug]/page.tsx',
  'app/[locale]/meetings/organiser/[body]/page.tsx',
  'app/[locale]/working-groups/[slug]/page.tsx',
];

test('every clock-dependent page revalidates at the one interval, and Next never serves it past that (expireTime)', () => {
  for (const page of CLOCK_PAGES) {
    const source = fs.readFileSync(path.join(ROOT, page), 'utf8');
    expect(source, page).toMatch(new RegExp(`^export const revalidate = ${CLOCK_PAGE_REVALIDATE_SECONDS};$`, 'm'));
  }
  expect(nextConfig.expireTime).toBe(CLOCK_PAGE_REVALIDATE_SECONDS);
  // Next's copy plus one shared cache's copy: under an hour together (S-OPS-5).
  expect(MAX_STALENESS_SECONDS).toBeLessThanOrEqual(3600);
});

test('every page that reads the clock is in that list', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name === 'page.tsx') pages.push(rel);
    }
  };
  walk('app');
  const clockReaders = pages.filter((p) => {
    const source = fs.readFileSync(path.join(ROOT, p), 'utf8');
    // Pages rendered per request (dynamic) never go stale; static ones that look at `now` must revalidate.
    return /new Date\(\)/.test(source) && !/searchParams|cookies\(|headers\(|requireAdmin|force-dynamic/.test(source);
  });
  expect(clockReaders.sort()).toEqual([...CLOCK_PAGES].sort());
});
