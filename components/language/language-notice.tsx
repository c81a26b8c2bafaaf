import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { LANGUAGE_LIST_ORDER } from '@/lib/i18n/language-list';
import { autonym } from '@/lib/i18n/names';

type Props = {
  /** This page's site path in its English form. */
  path: string;
  /** The languages the page's content exists in (`item.locales`): English first. */
  available: readonly Locale[];
};

/**
 * Europa's notice for a page that has no translation in the chosen language (S-I18N-2): the page is not
 * available in this language, it is shown in English, and these are the languages it exists in, each
 * named in itself and linked. The interface around it stays in the chosen language; the content below is
 * marked `lang="en"` by the page.
 */
export function LanguageNotice({ path, available }: Props) {
  const locale = useLocale();
  const t = useTranslations('language.notice');
  return (
    <div className="no-print mb-6 border-l-8 border-eu-blue bg-eu-blue-pale px-4 py-3" data-language-notice="">
      <p className="font-bold">{t('notAvailable')}</p>
      <p className="mt-1">{t('shownInEnglish')}</p>
      <p className="mt-2" id="language-notice-available">
        {t('availableIn')}
      </p>
      <ul aria-labelledby="language-notice-available" className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {LANGUAGE_LIST_ORDER.filter((code) => available.includes(code)).map((code) => (
          <li key={code}>
            <a href={localizedPath(path, code)} hrefLang={code} lang={code} aria-current={code === locale ? 'true' : undefined}>
              {autonym(code)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The language a piece of content is marked with on a page: none when it is in the page's language, its own
 * (`"en"`) when it is shown untranslated (WCAG 3.1.2, language of parts).
 */
export function contentLang(item: { locale: Locale }, pageLocale: Locale): Locale | undefined {
  return item.locale === pageLocale ? undefined : item.locale;
}
