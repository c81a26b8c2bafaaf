import 'server-only';
import { getBodies, getMeetings, getPages, getWorkingGroups } from '@/lib/content';
import { FOLLOW_PATH } from '@/lib/site/paths';

/**
 * Every public HTML page, site-relative: what a visitor can reach by following links. Not the admin,
 * not feeds or calendars (they are linked from pages and are not HTML), not confirmation or withdrawal
 * pages (personal, one-off) — decision 0053.
 */
export async function getPublicPaths(): Promise<string[]> {
  const [groups, meetings, bodies, pages] = await Promise.all([getWorkingGroups(), getMeetings(), getBodies(), getPages()]);
  return [
    '/',
    '/working-groups',
    ...groups.map((g) => `/working-groups/${g.slug}`),
    '/meetings',
    ...bodies.map((b) => `/meetings/organiser/${b.id}`),
    ...meetings.map((m) => `/meetings/${m.slug}`),
    '/documents',
    '/participate',
    FOLLOW_PATH,
    ...pages.map((p) => `/${p.slug}`),
    '/contact',
    '/search',
  ];
}

/** A sitemap (sitemaps.org 0.9) of absolute URLs. */
export function writeSitemap(urls: readonly string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<url><loc>${escape(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
