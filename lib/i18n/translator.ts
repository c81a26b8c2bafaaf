import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core';
import { loadMessages, type Messages } from './catalogues';
import type { Locale } from './locales';

/** A namespace of the catalogue (`'mail'`, `'pages.meetings'`). */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** Translates the ICU messages of one namespace for one language: `t('confirmBy', { days: 30 })`. */
export type Translate<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;

/**
 * A translator for code outside React's render, which has no request to read a language from: mail, the
 * form's validation (a Server Action), feeds and calendars (route handlers). The language is always given
 * explicitly, from the registration, the form's hidden field or the route's `[locale]`. Pages and components
 * use next-intl's `getTranslations` / `useTranslations`, which read it from the URL.
 *
 * @param locale - one of the 24 codes
 * @param namespace - a path into `messages/<locale>.json`
 */
export async function getTranslator<N extends Namespace>(locale: Locale, namespace: N): Promise<Translate<N>> {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace });
}
