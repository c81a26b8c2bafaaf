import { localizedPath } from '@/i18n/paths';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';

/**
 * `hreflang` alternates of a page (S-I18N-2): one per language the page exists in, plus `x-default`, the
 * English page, for readers whose language has none. Only real translations are named: a page shown in
 * English under another language's interface is not one.
 *
 * @param path - the page's site path in its English form (`/meetings/abc`)
 * @param locales - the languages it exists in: a content item's `locales`, or every language for a page
 *   made of the interface alone (its words exist in every catalogue)
 * @returns hreflang code → site-relative URL, English first, then code order, then `x-default`
 */
export function languageAlternates(path: string, locales: readonly Locale[] = LOCALES): Record<string, string> {
  const alternates: Record<string, string> = {};
  for (const locale of LOCALES) if (locales.includes(locale)) alternates[locale] = localizedPath(path, locale);
  alternates[DEFAULT_LOCALE] = localizedPath(path, DEFAULT_LOCALE);
  alternates['x-default'] = localizedPath(path, DEFAULT_LOCALE);
  return Object.fromEntries(Object.entries(alternates).sort(([a], [b]) => order(a) - order(b)));
}

function order(code: string): number {
  if (code === DEFAULT_LOCALE) return -1;
  if (code === 'x-default') return LOCALES.length;
  return LOCALES.indexOf(code as Locale);
}

/**
 * The canonical address of a page in a language: itself where the page exists in that language; the
 * English page where it is shown in English under another language's interface (the same text, so search
 * engines index it once).
 */
export function canonicalPath(path: string, locale: Locale, locales: readonly Locale[] = LOCALES): string {
  return localizedPath(path, locales.includes(locale) ? locale : DEFAULT_LOCALE);
}
