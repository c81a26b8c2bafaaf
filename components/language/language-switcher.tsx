import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/navigation';
import { LANGUAGE_LIST_ORDER } from '@/lib/i18n/language-list';
import { autonym } from '@/lib/i18n/names';

/**
 * The header's language list, on every page, in Europa's manner: a button naming the current language in
 * itself, opening the 24 languages, each in itself, in the EU's order, each a link to this page in that
 * language. A `<details>` element, so it opens and closes without JavaScript and ships none. Plain links,
 * not next/link: a new language is a new document (another root layout and `<html lang>`), and 24 prefetches
 * would be wasted.
 *
 * @param path - this page's site path in its English form, `/meetings/abc`
 */
export function LanguageSwitcher({ path }: { path: string }) {
  const locale = useLocale();
  const t = useTranslations('language.switcher');
  return (
    <details className="language-switcher relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-2 py-1 font-semibold text-eu-blue hover:underline">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-5 w-5 shrink-0 fill-none stroke-current stroke-2">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2c2.8 3 4 6.4 4 10s-1.2 7-4 10c-2.8-3-4-6.4-4-10s1.2-7 4-10z" />
        </svg>
        <span className="sr-only">{t('label')}: </span>
        <span lang={locale}>{autonym(locale)}</span>
        <span aria-hidden="true" className="rounded-sm border border-current px-1 text-xs uppercase">
          {locale}
        </span>
      </summary>
      <nav
        aria-labelledby="language-list-heading"
        className="absolute right-0 z-20 mt-1 w-[min(calc(100vw-2rem),30rem)] border border-rule bg-white p-4 shadow-lg"
      >
        <h2 id="language-list-heading" className="mb-3 text-lg font-bold">
          {t('heading')}
        </h2>
        <ul className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {LANGUAGE_LIST_ORDER.map((code) => (
            <li key={code}>
              <a
                href={localizedPath(path, code)}
                hrefLang={code}
                lang={code}
                aria-current={code === locale ? 'true' : undefined}
                className={`block py-1 ${code === locale ? 'font-bold text-ink no-underline' : ''}`}
              >
                {autonym(code)}
                {code === locale ? <span className="sr-only"> ({t('current')})</span> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
