import type en from '@/messages/en.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

/** The shape of every catalogue: English (`messages/en.json`) is the reference. */
export type Messages = typeof en;

/**
 * Namespaces that exist in English only: the secretariat area may stay English (S-I18N-4). Translators
 * leave them out; `npm run i18n:check` does not ask for them; a request in another language never needs
 * them (the secretariat area renders in English).
 */
export const ENGLISH_ONLY_NAMESPACES = ['admin'] as const;

type Json = { [key: string]: Json | string };

/** Each key of `own` over `base`, recursively: a key a catalogue lacks reads in English. */
function overlay(base: Json, own: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const under = base[key];
    merged[key] = typeof value === 'object' && typeof under === 'object' ? overlay(under, value) : value;
  }
  return merged;
}

async function importCatalogue(locale: Locale): Promise<Json | null> {
  try {
    return ((await import(`../../messages/${locale}.json`)) as { default: Json }).default;
  } catch {
    return null;
  }
}

const loaded = new Map<Locale, Promise<Messages>>();

/**
 * The interface strings of `locale`, from `messages/<locale>.json`, with English under them: a key the
 * language's catalogue does not have yet (or a language whose catalogue has not arrived) reads in English
 * rather than as a raw key. `npm run i18n:check` fails on any missing key, so a released catalogue is
 * complete; the fallback only keeps a page whole while translations are under way. Loaded once per
 * language and process.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = (async () => {
      const english = (await importCatalogue(DEFAULT_LOCALE)) as Json;
      if (locale === DEFAULT_LOCALE) return english as unknown as Messages;
      const own = await importCatalogue(locale);
      return (own ? overlay(english, own) : english) as unknown as Messages;
    })();
    loaded.set(locale, messages);
  }
  return messages;
}
