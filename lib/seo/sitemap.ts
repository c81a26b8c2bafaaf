import 'server-only';
import { getBodies, getMeetings, getPages, getPlatform, getWorkingGroups } from '@/lib/content';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { FOLLOW_PATH } from '@/lib/site/paths';
import { languageAlternates } from './alternates';

/** A public page and the languages it exists in (its English path; `locales` in code order, English first). */
export type PublicPage = { path: string; locales: readonly Locale[] };

/**
 * Every public HTML page, site-relative: what a visitor can reach by following links. Not the admin,
 * not feeds or calendars (they are linked from pages and are not HTML), not confirmation or withdrawal
 * pages (personal, one-off) — decision 0053. A content page exists in the languages it is translated
 * into (S-I18N-2); a page made of the interface alone exists in every language.
 */
export async function getPublicPages(): Promise<PublicPage[]> {
  const [platform, groups, meetings, bodies, pages] = await Promise.all([getPlatform(), getWorkingGroups(), getMeetings(), getBodies(), getPages()]);
  const everyLanguage = (path: string): PublicPage => ({ path, locales: LOCALES });
  return [
    { path: '/', locales: platform.locales },
    everyLanguage('/working-groups'),
    ...groups.map((g) => ({ path: `/working-groups/${g.slug}`, locales: g.locales })),
    everyLanguage('/meetings'),
    ...bodies.map((b) => everyLanguage(`/meetings/organiser/${b.id}`)),
    ...meetings.map((m) => ({ path: `/meetings/${m.slug}`, locales: m.locales })),
    everyLanguage('/documents'),
    everyLanguage('/participate'),
    everyLanguage(FOLLOW_PATH),
    ...pages.map((p) => ({ path: `/${p.slug}`, locales: p.locales })),
    everyLanguage('/contact'),
    everyLanguage('/search'),
  ];
}

/** The English paths of every public page (each page once). */
export async function getPublicPaths(): Promise<string[]> {
  return (await getPublicPages()).map((p) => p.path);
}

/**
 * A sitemap (sitemaps.org 0.9) listing each page in each language it exists in, each URL with its
 * `hreflang` alternates and `x-default` (Google's "localized versions" in sitemaps: xhtml:link).
 *
 * @param siteUrl - the site's origin, without a trailing slash
 */
export function writeSitemap(siteUrl: string, pages: readonly PublicPage[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const urls: string[] = [];
  for (const page of pages) {
    const alternates = Object.entries(languageAlternates(page.path, page.locales));
    const links = alternates.map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(`${siteUrl}${href}`)}"/>`).join('');
    for (const [lang, href] of alternates) {
      if (lang === 'x-default') continue;
      urls.push(`<url><loc>${escape(`${siteUrl}${href}`)}</loc>${links}</url>`);
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
