import { QUERY_MAX_LENGTH } from '@/lib/search/query';
import { getMessages } from '@/lib/i18n';

/** The search page's own form, with a visible label and the query written back into it. */
export function SearchForm({ query }: { query: string }) {
  const t = getMessages().search;
  return (
    <form action="/search" method="get" role="search" className="max-w-xl">
      <label htmlFor="search-query" className="mb-2 block text-lg font-bold">
        {t.label}
      </label>
      <div className="flex gap-2">
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={QUERY_MAX_LENGTH}
          className="min-h-11 w-full border-2 border-ink px-2"
        />
        <button type="submit" className="min-h-11 bg-eu-blue px-4 font-semibold text-white hover:bg-eu-blue-dark">
          {t.button}
        </button>
      </div>
    </form>
  );
}
