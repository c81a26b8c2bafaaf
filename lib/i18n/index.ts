export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';
export { ENGLISH_ONLY_NAMESPACES, loadMessages, type Messages } from './catalogues';
export { getTranslator, type Namespace, type Translate } from './translator';
export { intlLocale } from './intl-locale';
export { autonym, capitalise, countryName, languageName } from './names';
