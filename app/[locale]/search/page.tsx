import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLayout } from '@/components/layout/page-layout';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { getPlatform } from '@/lib/content';
import { QUERY_MAX_LENGTH, searchSite } from '@/lib/search';
import { parseQuery, QUERY_MAX_TERMS } from '@/lib/search/query';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

/** Results a page: a results page's cost grows with what it renders (decision 0131). */
const PAGE_SIZE = 20;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale()]);
  const [{ q }, platform] = await Promise.all([searchParams, getPlatform(locale)]);
  const query = parseQuery(q);
  const base = await pageMetadata({ title: t('title'), description: t('description'), path: '/search', siteName: platform.shortTitle, locale });
  if (!query.text) return base;
  // A results page is not a page of its own: titled by its query, kept out of search engines.
  return { ...base, title: t('titleWithQuery', { query: query.text }), robots: { index: false, follow: true } };
}

/** Site search in the page's language, with that language's stemming and English for pages not translated. */
export default async function SearchPage({ searchParams }: Props) {
  const [t, locale, { q, page }] = await Promise.all([getTranslations('search'), getLocale(), searchParams]);
  const results = await searchSite(q, locale, { page: Number(Array.isArray(page) ? page[0] : page) || 1, pageSize: PAGE_SIZE });
  const { query } = results;
  return (
    <PageLayout path="/search" search={false} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <SearchForm query={query.text} inputId="search-query" />
      {query.shortened ? <Notice tone="info">{t('shortened', { characters: QUERY_MAX_LENGTH, words: QUERY_MAX_TERMS })}</Notice> : null}
      {query.terms.length === 0 ? <p className="mt-6">{t('emptyQuery')}</p> : <SearchResults results={results} />}
    </PageLayout>
  );
}
