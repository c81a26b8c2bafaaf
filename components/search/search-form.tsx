import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/navigation';
import { QUERY_MAX_LENGTH } from '@/lib/search/query';

type Props = {
  /** The query written back into the box (the search page); empty elsewhere. */
  query?: string;
  /** The input's id: the header's box and a page's box can be on one page only apart. */
  inputId: string;
  /** The header's smaller label; a page's form has the larger one. */
  compact?: boolean;
};

/**
 * The site's one search form: a plain GET form to the search page in the page's language, so it works
 * without JavaScript and ships none, with a visible label and the site's primary button.
 */
export function SearchForm({ query = '', inputId, compact = false }: Props) {
  const t = useTranslations('search');
  const action = localizedPath('/search', useLocale());
  return (
    <form action={action} method="get" role="search" className={compact ? 'w-full sm:w-80' : 'max-w-xl'}>
      <label htmlFor={inputId} className={`block font-bold ${compact ? 'mb-1 text-sm' : 'mb-2 text-lg'}`}>
        {t('label')}
      </label>
      <div className="flex">
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={QUERY_MAX_LENGTH}
          autoComplete="off"
          className="input min-w-0 flex-1"
        />
        <button type="submit" className="button shrink-0 shadow-none">
          {t('button')}
        </button>
      </div>
    </form>
  );
}
