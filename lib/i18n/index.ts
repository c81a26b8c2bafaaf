import { en } from './messages/en';

export const DEFAULT_LOCALE = 'en';
export const LOCALES = [DEFAULT_LOCALE] as const;
export type Locale = (typeof LOCALES)[number];

/** The shape every language's messages must have: English is the reference. */
export type Messages = typeof en;

const catalogues: Record<Locale, Messages> = { en };

export function getMessages(locale: Locale = DEFAULT_LOCALE): Messages {
  return catalogues[locale];
}
