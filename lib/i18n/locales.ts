/**
 * The site's languages: the 24 official languages of the European Union (S-I18N-1), as ISO 639-1 codes,
 * in code order. English is the source language of all content and the only language whose URLs are
 * unprefixed; every other code is also the URL prefix (`/fr/...`). One list for the interface, the
 * content translations and search, so that a code valid in one is valid in all.
 *
 * Source of the list: the EU's official languages (Regulation No 1 of 1958, as amended; europa.eu
 * "Languages"), the codes as the Interinstitutional Style Guide gives them.
 */
export const LOCALES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type Locale = (typeof LOCALES)[number];

/** The language content is written in, and the one shown where a translation is missing. */
export const DEFAULT_LOCALE = 'en' as const satisfies Locale;

const known: ReadonlySet<string> = new Set(LOCALES);

/** True for one of the 24 codes, exactly as written (lower case): `isLocale('fr')`, not `'FR'` or `'fr-BE'`. */
export function isLocale(code: string): code is Locale {
  return known.has(code);
}
