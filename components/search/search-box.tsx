import { QUERY_MAX_LENGTH } from '@/lib/search/query';
import { getMessages } from '@/lib/i18n';

/**
 * The header's search box: a plain GET form to /search, so it works without JavaScript and ships none.
 * The label is visually hidden (the button says "Search"), as in the GOV.UK header.
 */
export function SearchBox() {
  const t = getMessages().search;
  return (
    <form action="/search" method="get" role="search" className="flex w-full gap-0 sm:w-72">
      <label htmlFor="site-search" className="sr-only">
        {t.headerLabel}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={QUERY_MAX_LENGTH}
        autoComplete="off"
        className="min-h-11 w-full min-w-0 border-2 border-white bg-white px-2 text-ink"
      />
      <button
        type="submit"
        className="min-h-11 shrink-0 border-2 border-eu-yellow bg-eu-yellow px-3 font-semibold text-ink hover:bg-white"
      >
        {t.button}
      </button>
    </form>
  );
}
