import { beforeAll, expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';

pointAtFixtureSite();
let sitemap: typeof import('@/lib/seo/sitemap');
let content: typeof import('@/lib/content');
beforeAll(async () => {
  sitemap = await import('@/lib/seo/sitemap');
  content = await import('@/lib/content');
});

test('the sitemap lists every page, group, meeting and organiser page once, and nothing private', async () => {
  const paths = await sitemap.getPublicPaths();
  expect(new Set(paths).size).toBe(paths.length);
  for (const m of await content.getMeetings()) expect(paths).toContain(`/meetings/${m.slug}`);
  for (const g of await content.getWorkingGroups()) expect(paths).toContain(`/working-groups/${g.slug}`);
  for (const b of await content.getBodies()) expect(paths).toContain(`/meetings/organiser/${b.id}`);
  expect(paths).toEqual(expect.arrayContaining(['/', '/working-groups', '/meetings', '/documents', '/participate', '/privacy', '/accessibility', '/search']));
  expect(paths.filter((p) => /admin|\.ics$|\.xml$|\?/.test(p))).toEqual([]);
});
