import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/lib/i18n/locales';

/**
 * Content file names (decisions 0010 and 0130): `<slug>.mdx` is the English source; `<slug>.<code>.mdx`
 * beside it is its translation into one of the 24 languages; in meetings/, `<slug>.outcomes.mdx` holds a
 * meeting's outcomes and `<slug>.outcomes.<code>.mdx` their translation. Slugs are kebab-case, so they
 * hold no dot and the parts cannot be confused.
 */
export type ContentFileName = {
  /** The file name without the language and `.mdx`: `wg1`, `2020-01-15-founding`, `2020-01-15-founding.outcomes` */
  base: string;
  /** null for an English source file */
  locale: Locale | null;
};

/** A name such as `x.fr.mdx` that names a language this site does not have, or English. */
export type LanguageCodeProblem = { code: string; message: string };

const TRANSLATION = /^(?<base>.+)\.(?<code>[a-z]{2})\.mdx$/;

/**
 * Splits an `.mdx` file name into its base and language. A two-letter segment before `.mdx` is always a
 * language code: one of the 24 gives a translation; `en` or any other pair gives a LanguageCodeProblem
 * (with the message to report), so `meeting.xx.mdx` is never read as a page with the slug `meeting.xx`.
 */
export function parseContentFileName(name: string): ContentFileName | LanguageCodeProblem {
  const match = TRANSLATION.exec(name);
  if (!match?.groups) return { base: name.replace(/\.mdx$/, ''), locale: null };
  const { base, code } = match.groups as { base: string; code: string };
  if (code === DEFAULT_LOCALE) {
    return { code, message: `expected no English translation: English is the source, ${base}.mdx; move this text there` };
  }
  if (!isLocale(code)) {
    return {
      code,
      message: `expected a language code among ${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(' ')} before .mdx, got "${code}"`,
    };
  }
  return { base, locale: code };
}

/** The English source a translation translates: `meetings/x.fr.mdx` → `meetings/x.mdx`. */
export function englishPathOf(directory: string, base: string): string {
  return directory ? `${directory}/${base}.mdx` : `${base}.mdx`;
}
