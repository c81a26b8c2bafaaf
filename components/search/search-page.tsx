import { getTranslations } from 'next-intl/server';
import { PageLayout } from '@/components/layout/page-layout';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import type { SearchResults as Results } from '@/lib/search';
import { QUERY_MAX_LENGTH, QUERY_MAX_TERMS } from '@/lib/search/query';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

/** Results a page: a results page's cost grows with what it renders (decision 0131). */
export const RESULTS_PAGE_SIZE = 20;

/**
 * The search page: its form, and, for a query, the results (or why there are none). Without `results`,
 * the page before any search, the same for every visitor and so built ahead; with them, one results page
 * (app/[locale]/search/results/[key]).
 */
export async function SearchPage({ results }: { results?: Results }) {
  const t = await getTranslations('search');
  const query = results?.query;
  return (
    <PageLayout path="/search" search={false} breadcrumbs={{ current: t('title') }}>
      <PageHeading>{t('title')}</PageHeading>
      <SearchForm query={query?.text ?? ''} inputId="search-query" />
      {query?.shortened ? <Notice tone="info">{t('shortened', { characters: QUERY_MAX_LENGTH, words: QUERY_MAX_TERMS })}</Notice> : null}
      {results && results.query.terms.length > 0 ? <SearchResults results={results} /> : <p className="mt-6">{t('emptyQuery')}</p>}
    </PageLayout>
  );
}
