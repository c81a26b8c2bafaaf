import { intlLocale } from './intl-locale';
import type { Locale } from './locales';

/**
 * Names of languages and countries from `Intl.DisplayNames` (CLDR), so that every language has them without
 * a table of our own. Formatters are made once per kind and language: pages name dozens of documents.
 */
const displayNames = new Map<string, Intl.DisplayNames>();

function names(type: 'language' | 'region', locale: string): Intl.DisplayNames {
  const key = `${type} ${locale}`;
  let made = displayNames.get(key);
  if (!made) {
    made = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    displayNames.set(key, made);
  }
  return made;
}

/** A language's name in that language itself, as Europa's language list shows it: "polski", "Deutsch". */
export function autonym(locale: Locale): string {
  return names('language', locale).of(locale) ?? locale;
}

/**
 * The name of a language (ISO 639-1 `code`) in the interface language `locale`: "French" in English,
 * "francuski" in Polish. A code CLDR does not know is shown in capitals ("XX").
 */
export function languageName(code: string, locale: Locale): string {
  return names('language', intlLocale(locale)).of(code) ?? code.toUpperCase();
}

/** The name of a country (ISO 3166-1 alpha-2 `code`) in the interface language: "Germany", "Niemcy". */
export function countryName(code: string, locale: Locale): string {
  return names('region', intlLocale(locale)).of(code) ?? code;
}

/**
 * The text with its first letter in upper case by the language's rules, for a name that starts a label or
 * a list on its own ("Francuski, angielski"): CLDR writes language names in lower case where the language
 * does inside a sentence.
 */
export function capitalise(text: string, locale: Locale): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(intlLocale(locale)) + text.slice(head.length);
}
