import { en } from './messages/en';
import { DEFAULT_LOCALE, type Locale } from './locales';

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';

/** The shape every language's messages must have: English is the reference. */
export type Messages = typeof en;

/** Languages whose interface strings exist so far; the others show the English strings until they do. */
const catalogues: Partial<Record<Locale, Messages>> = { en };

export function getMessages(locale: Locale = DEFAULT_LOCALE): Messages {
  return catalogues[locale] ?? en;
}
