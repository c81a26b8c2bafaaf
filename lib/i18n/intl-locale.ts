import type { Locale } from './locales';

/**
 * The BCP 47 tag given to `Intl` for a site language, where the bare code would pick another country's
 * conventions: `en` alone is American English ("November 21, 2017"), `pt` alone Brazilian Portuguese. The
 * site's English is British (as the EU institutions write it), its Portuguese European.
 */
const INTL_TAGS: Partial<Record<Locale, string>> = { en: 'en-GB', pt: 'pt-PT' };

export function intlLocale(locale: Locale): string {
  return INTL_TAGS[locale] ?? locale;
}
