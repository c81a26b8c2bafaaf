import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RESULTS_PAGE_SIZE, SearchPage } from '@/components/search/search-page';
import { getPlatform } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { searchSite } from '@/lib/search';
import { decodeResultsKey } from '@/lib/search/results-route';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { params: Promise<{ locale: string; key: string }> };

/**
 * None built ahead: each results page is rendered on its first request and then served from Next's cache
 * like a built page (decision 0169). Results depend only on the build's content, so a cached one never
 * goes stale; the cache is Next's in-memory one (decision 0132), bounded, so invented queries cannot fill
 * the disk.
 */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, locale, { key }] = await Promise.all([getTranslations('search'), getLocale(), params]);
  const query = decodeResultsKey(key);
  const platform = await getPlatform(locale);
  const base = await pageMetadata({ title: t('title'), description: t('description'), path: '/search', siteName: platform.shortTitle, locale });
  if (!query) return base;
  // A results page is not a page of its own: titled by its query, kept out of search engines.
  return { ...base, title: t('titleWithQuery', { query: query.text }), robots: { index: false, follow: true } };
}

/** One page of results for one query in one language; reached only through proxy.ts's rewrite of `/search?q=`. */
export default async function SearchResultsPage({ params }: Props) {
  const [locale, { key }] = await Promise.all([getLocale(), params]);
  const query = decodeResultsKey(key);
  if (!query) notFound();
  const results = await searchSite(query.text, locale as Locale, { page: query.page, pageSize: RESULTS_PAGE_SIZE });
  return <SearchPage results={{ ...results, query: { ...results.query, shortened: query.shortened } }} />;
}
