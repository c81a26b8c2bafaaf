import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * The hidden field every form of the public site carries with the page's language. A Server Action has no
 * URL segment to read (`next/root-params` does not work there): the language of its messages, its redirect
 * and any mail it sends comes from this field. A missing or unknown value reads as English.
 */
export const LOCALE_FIELD = 'locale';

export function localeFrom(formData: FormData): Locale {
  const value = formData.get(LOCALE_FIELD);
  return typeof value === 'string' && isLocale(value) ? value : DEFAULT_LOCALE;
}
