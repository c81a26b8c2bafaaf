import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SearchPage } from '@/components/search/search-page';
import { getPlatform } from '@/lib/content';
import { pageMetadata } from '@/lib/site/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale()]);
  const platform = await getPlatform(locale);
  return pageMetadata({ title: t('title'), description: t('description'), path: '/search', siteName: platform.shortTitle, locale });
}

/**
 * The search page before a search: built ahead in each language. A search (`?q=`) is sent by proxy.ts
 * to its results page (./results/[key]), so this page never reads the query.
 */
export default function SearchStartPage() {
  return <SearchPage />;
}
