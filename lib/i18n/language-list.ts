import type { Locale } from './locales';

/**
 * The order in which the EU lists its languages, as Europa's language list does: alphabetical by each
 * language's name in itself (български, español, čeština, dansk, Deutsch, eesti, ελληνικά, English,
 * français, Gaeilge, hrvatski, italiano, latviešu, lietuvių, magyar, Malti, Nederlands, polski, português,
 * română, slovenčina, slovenščina, suomi, svenska). Source: the EU Interinstitutional Style Guide, 7.2.1
 * "Order of languages" (protocol order).
 */
export const LANGUAGE_LIST_ORDER: readonly Locale[] = [
  'bg', 'es', 'cs', 'da', 'de', 'et', 'el', 'en', 'fr', 'ga', 'hr', 'it',
  'lv', 'lt', 'hu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'fi', 'sv',
];
