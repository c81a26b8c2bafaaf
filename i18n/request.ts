import { locale as rootLocale } from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from '@/lib/i18n/catalogues';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';

/**
 * Which catalogue a render gets: the language named by the URL's `[locale]` segment, read with
 * `next/root-params` (so pages stay static), or the one a caller names explicitly
 * (`getTranslations({ locale, namespace })` in route handlers and Server Actions, where root params do not
 * exist). Outside `[locale]` (the secretariat area) the segment is absent: English.
 */
export default getRequestConfig(async ({ locale: requested }) => {
  const fromUrl = requested ?? (await rootLocale());
  const locale = fromUrl && isLocale(fromUrl) ? fromUrl : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale) };
});
