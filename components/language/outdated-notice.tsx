import { useTranslations } from 'next-intl';
import { localizedPath } from '@/i18n/navigation';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';

/**
 * For a translation made from an older English text (its `translatedFrom` fingerprint no longer matches,
 * decision 0130): it is still shown, with a note and a link to the English page, as Europa does.
 */
export function OutdatedNotice({ path }: { path: string }) {
  const t = useTranslations('language');
  return (
    <p className="no-print mb-6 border-l-8 border-eu-yellow bg-surface px-4 py-3" data-outdated-notice="">
      {t.rich('outdated', {
        link: (text) => (
          <a href={localizedPath(path, DEFAULT_LOCALE)} hrefLang={DEFAULT_LOCALE}>
            {text}
          </a>
        ),
      })}
    </p>
  );
}
