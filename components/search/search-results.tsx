import { useLocale, useTranslations } from 'next-intl';
import { Link, localizedPath } from '@/i18n/navigation';
import type { SearchResults as Results } from '@/lib/search';
import { capitalise, languageName } from '@/lib/i18n/names';
import { Highlighted } from './highlighted';

/**
 * One page of search results, best first: each hit's kind, title (the link, to the page in this language)
 * and excerpt; a hit whose page is not translated into this language is shown in English, marked so and
 * named as such. Then the pages of results, as links (works without JavaScript).
 */
export function SearchResults({ results }: { results: Results }) {
  const t = useTranslations('search');
  const nav = useTranslations('common.nav');
  const locale = useLocale();
  const { hits, total, page, pageSize, query } = results;
  if (total === 0) {
    return (
      <section aria-labelledby="no-results-heading" className="mt-8">
        <h2 id="no-results-heading" className="mb-2 text-2xl font-bold">
          {t('noResultsHeading', { query: query.text })}
        </h2>
        <p>{t('noResultsAdvice')}</p>
        <ul className="mb-4 list-disc pl-6">
          <li>{t('noResultsTips.spelling')}</li>
          <li>{t('noResultsTips.fewerWords')}</li>
          <li>{t('noResultsTips.singleWord')}</li>
        </ul>
        <p>{t('browseInstead')}</p>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/working-groups">{nav('workingGroups')}</Link>
          </li>
          <li>
            <Link href="/meetings">{nav('meetings')}</Link>
          </li>
          <li>
            <Link href="/documents">{nav('documents')}</Link>
          </li>
        </ul>
      </section>
    );
  }
  const pages = Math.ceil(total / pageSize);
  const from = (page - 1) * pageSize + 1;
  const pageHref = (n: number) => `${localizedPath('/search', locale)}?${new URLSearchParams({ q: query.text, page: String(n) })}`;
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="sr-only">
        {t('resultsHeading')}
      </h2>
      <p className="mb-4 text-lg font-semibold" id="result-count">
        {t('resultCount', { count: total, query: query.text })}
        {pages > 1 ? <span className="block text-base font-normal">{t('resultRange', { from, to: from + hits.length - 1 })}</span> : null}
      </p>
      <ol className="space-y-6" aria-describedby="result-count" start={from}>
        {hits.map((hit) => {
          const lang = hit.doc.locale === locale ? undefined : hit.doc.locale;
          return (
            <li key={hit.doc.url} className="border-b border-ink/20 pb-4">
              <p className="text-sm text-ink-muted">
                {t(`kinds.${hit.doc.kind}`)}
                {lang ? ` · ${capitalise(languageName(lang, locale), locale)}` : null}
              </p>
              <h3 className="text-xl font-bold">
                <Link href={hit.doc.url} lang={lang}>
                  <Highlighted segments={hit.title} />
                </Link>
              </h3>
              <p className="mt-1 max-w-3xl" lang={lang}>
                <Highlighted segments={hit.excerpt} />
              </p>
            </li>
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-2">
          {page > 1 ? <a href={pageHref(page - 1)}>{t('previous')}</a> : null}
          <span>{t('pageOf', { page, pages })}</span>
          {page < pages ? <a href={pageHref(page + 1)}>{t('next')}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
