import { useLocale } from 'next-intl';
import { LOCALE_FIELD } from '@/lib/i18n/form-locale';

/**
 * The page's language as a hidden field of a form posting to a Server Action, which has no URL to read it
 * from (lib/i18n/form-locale.ts): its answer, redirect and mail are then in the same language.
 */
export function LocaleField() {
  return <input type="hidden" name={LOCALE_FIELD} value={useLocale()} />;
}
