import 'server-only';
import { getMultilingualContent } from '@/lib/content';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/**
 * The languages whose pages the build renders ahead (S-PERF): English, and every language at least one
 * content file is translated into, in code order. The others are rendered on their first request and then
 * kept like built pages: they show English content under the notice, and building all 24 versions of every
 * page ahead would multiply the build's time by 24.
 */
export async function prerenderedLocales(): Promise<Locale[]> {
  const { translations } = await getMultilingualContent();
  const translated = new Set(translations.map((t) => t.locale));
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || translated.has(locale));
}
