import type { I18nCheckResult } from '@/lib/i18n/check-report';
import { checkContent, type LoadOptions } from './load';
import { formatProblem } from './report';
import type { TranslationStatus } from './types';

/**
 * The content part of `npm run i18n:check` (S-I18N-4): every translation file passes the content check
 * (fields, English source, language code, MDX), and none is older than its English source, i.e. none was
 * made from an English text other than the one there now (decision 0130: the fingerprint it records
 * differs from the English file's). No `server-only`: the CLI and the tests import it.
 */
export async function checkContentTranslations(options: LoadOptions): Promise<I18nCheckResult> {
  const { site, problems } = await checkContent(options);
  if (!site) {
    return {
      name: 'content',
      summary: `the content in ${options.contentDir} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} (npm run content:check gives the same report)`,
      problems: [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field)).map(formatProblem),
    };
  }
  const outdated = site.translations.filter((t) => t.outdated);
  return {
    name: 'content',
    summary: `${describeTranslations(site.translations)} in ${options.contentDir}; ${outdated.length} older than ${outdated.length === 1 ? 'its' : 'their'} English source`,
    problems: outdated.map(describeOutdated),
  };
}

/** `9 translations in 2 languages (de 4, fr 5)`, or `no translations`. */
export function describeTranslations(translations: readonly TranslationStatus[]): string {
  if (translations.length === 0) return 'no translations';
  const perLocale = new Map<string, number>();
  for (const t of translations) perLocale.set(t.locale, (perLocale.get(t.locale) ?? 0) + 1);
  const languages = [...perLocale].sort(([a], [b]) => a.localeCompare(b));
  const list = languages.map(([code, n]) => `${code} ${n}`).join(', ');
  return `${translations.length} ${translations.length === 1 ? 'translation' : 'translations'} in ${languages.length} ${languages.length === 1 ? 'language' : 'languages'} (${list})`;
}

/** One line for a stale translation: what it was made from, what the English is now, and what to do. */
export function describeOutdated(t: TranslationStatus): string {
  return formatProblem({
    file: t.sourcePath,
    field: 'translatedFrom',
    message:
      `older than its English source ${t.englishPath}: made from the English text ${t.translatedFrom}, which is now ${t.englishFingerprint}; ` +
      `update the translation from the English, then set translatedFrom: ${t.englishFingerprint}`,
  });
}
