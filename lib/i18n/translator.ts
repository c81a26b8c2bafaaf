import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core';
import { loadMessages, type Messages } from './catalogues';
import type { Locale } from './locales';

/** A namespace of the catalogue (`'mail'`, `'pages.meetings'`). */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** Translates the ICU messages of one namespace for one language: `t('confirmBy', { days: 30 })`. */
export type Translate<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;

/** One translator per language and namespace, made on first use: 24 languages × the catalogue's namespaces at most. */
const translators = new Map<string, Promise<unknown>>();

/**
 * A translator for code outside React's render, which has no request to read a language from: mail, the
 * form's validation (a Server Action), feeds and calendars (route handlers). The language is always given
 * explicitly, from the registration, the form's hidden field or the route's `[locale]`. Pages and components
 * use next-intl's `getTranslations` / `useTranslations`, which read it from the URL.
 *
 * The same translator is returned for the same language and namespace for the life of the process, as the
 * catalogues themselves are loaded once (`loadMessages`): each use-intl translator keeps its own cache of
 * parsed ICU messages and `Intl` formatters, so a fresh one per call parsed every message of a confirmation
 * mail again on every registration (about 6 % of the server's CPU under the registration bench, issue 15).
 * A translator only reads its messages; sharing it between requests shares nothing a request wrote.
 *
 * @param locale - one of the 24 codes
 * @param namespace - a path into `messages/<locale>.json`
 */
export function getTranslator<N extends Namespace>(locale: Locale, namespace: N): Promise<Translate<N>> {
  const key = `${locale}:${namespace}`;
  let translator = translators.get(key) as Promise<Translate<N>> | undefined;
  if (!translator) {
    translator = loadMessages(locale).then((messages) => createTranslator({ locale, messages, namespace }));
    translators.set(key, translator);
    // A failed load is not kept: the next call tries again.
    translator.catch(() => translators.delete(key));
  }
  return translator;
}
