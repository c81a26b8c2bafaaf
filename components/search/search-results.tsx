import Link from 'next/link';
import type { SearchHit } from '@/lib/search';
import { getMessages } from '@/lib/i18n';
import { Highlighted } from './highlighted';

export function SearchResults({ hits, query }: { hits: readonly SearchHit[]; query: string }) {
  const t = getMessages().search;
  if (hits.length === 0) {
    const nav = getMessages().common.nav;
    return (
      <section aria-labelledby="no-results-heading" className="mt-8">
        <h2 id="no-results-heading" className="mb-2 text-2xl font-bold">
          {t.noResultsHeading(query)}
        </h2>
        <p>{t.noResultsAdvice}</p>
        <ul className="mb-4 list-disc pl-6">
          {t.noResultsTips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        <p>{t.browseInstead}</p>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/working-groups">{nav.workingGroups}</Link>
          </li>
          <li>
            <Link href="/meetings">{nav.meetings}</Link>
          </li>
          <li>
            <Link href="/documents">{nav.documents}</Link>
          </li>
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="sr-only">
        {t.resultsHeading}
      </h2>
      <p className="mb-4 text-lg font-semibold" id="result-count">
        {t.resultCount(hits.length, query)}
      </p>
      <ol className="space-y-6" aria-describedby="result-count">
        {hits.map((hit) => (
          <li key={hit.doc.url} className="border-b border-ink/20 pb-4">
            <p className="text-sm text-ink-muted">{t.kinds[hit.doc.kind]}</p>
            <h3 className="text-xl font-bold">
              <Link href={hit.doc.url}>
                <Highlighted segments={hit.title} />
              </Link>
            </h3>
            <p className="mt-1 max-w-3xl">
              <Highlighted segments={hit.excerpt} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
