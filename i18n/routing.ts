import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales';

/**
 * The site's languages and URL rule, in one place (S-I18N-1): English unprefixed (`/meetings`), every other
 * language under its code (`/pl/meetings`); `/en/...` redirects to the unprefixed address. The language
 * comes from the URL alone: no `Accept-Language` redirect and no cookie (the site sets none for visitors),
 * and no `Link` header naming all 24 languages, since pages name only the translations that exist
 * (lib/i18n/alternates.ts). Decision 0135.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
