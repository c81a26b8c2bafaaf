import type { Messages } from './catalogues';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

const loaded = new Map<Locale, Promise<Messages>>();

/**
 * A language's catalogue fetched by the browser only when it is needed: for the error pages, which are
 * client components rendered only after something failed. Each language is its own chunk, so the JavaScript
 * every page loads holds none of them (S-PERF). A language without a catalogue yet reads in English.
 * Imported by client components only; everything it brings is fetched on first use.
 */
function loadCatalogue(locale: Locale): Promise<Messages> {
  let catalogue = loaded.get(locale);
  if (!catalogue) {
    catalogue = import(`../../messages/${locale}.json`)
      .then((m: { default: Messages }) => m.default)
      .catch(() => import('../../messages/en.json').then((m) => m.default as Messages));
    loaded.set(locale, catalogue);
  }
  return catalogue;
}

/** The error pages' translator for the language of the address (`useParams().locale`), English outside one. */
export async function loadErrorWords(locale: string | string[] | undefined) {
  const language = typeof locale === 'string' && isLocale(locale) ? locale : DEFAULT_LOCALE;
  const [messages, { createTranslator }] = await Promise.all([loadCatalogue(language), import('use-intl/core')]);
  return {
    errors: createTranslator({ locale: language, messages, namespace: 'errors' }),
    common: createTranslator({ locale: language, messages, namespace: 'common' }),
    locale: language,
  };
}
