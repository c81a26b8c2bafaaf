import type { Messages } from '@/lib/i18n/catalogues';
import type { Locale } from '@/lib/i18n/locales';

// next-intl's types learn the site's languages and the English catalogue's keys: a misspelt key or
// namespace is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
