import type { Metadata } from 'next';
import { PageLayout } from '@/components/layout/page-layout';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { getPlatform } from '@/lib/content';
import { getMessages } from '@/lib/i18n';
import { QUERY_MAX_LENGTH, searchSite } from '@/lib/search';
import { parseQuery } from '@/lib/search/query';
import { pageMetadata } from '@/lib/site/page-metadata';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = getMessages().search;
  const [{ q }, platform] = await Promise.all([searchParams, getPlatform()]);
  const query = parseQuery(q);
  const base = pageMetadata({ title: t.title, description: t.description, path: '/search', siteName: platform.shortTitle });
  if (!query.text) return base;
  // A results page is not a page of its own: titled by its query, kept out of search engines.
  return { ...base, title: t.titleWithQuery(query.text), robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const t = getMessages().search;
  const { q } = await searchParams;
  const { query, hits } = await searchSite(q);
  return (
    <PageLayout path="/search" search={false} breadcrumbs={{ current: t.title }}>
      <PageHeading>{t.title}</PageHeading>
      <SearchForm query={query.text} inputId="search-query" />
      {query.shortened ? <Notice tone="info">{t.shortened(QUERY_MAX_LENGTH)}</Notice> : null}
      {query.terms.length === 0 ? (
        <p className="mt-6">{t.emptyQuery}</p>
      ) : (
        <SearchResults hits={hits} query={query.text} />
      )}
    </PageLayout>
  );
}
