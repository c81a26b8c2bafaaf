import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceFile } from './read';
import { problemsFromZod, type ContentProblem } from './report';
import {
  documentFrontmatterSchema,
  meetingFrontmatterSchema,
  outcomesFrontmatterSchema,
  pageFrontmatterSchema,
  platformFrontmatterSchema,
  translationSchemas,
  workingGroupFrontmatterSchema,
  type ContentKind,
  type TranslationFrontmatter,
} from './schema';

/**
 * Content translations (decision 0130): checking one translation file against its English source, and
 * the fingerprint that tells whether it was made from the English text as it is now.
 * No `server-only` guard: `npm run content:check` and `npm run i18n:check` import it.
 */

/** A translation file found beside its English source, read but not yet checked. */
export type TranslationSource = {
  source: SourceFile;
  locale: Locale;
  /** The English file it translates, relative to the content directory: `meetings/x.mdx` */
  englishPath: string;
};

/** A translation that passed every check: what the loader overlays on the English item. */
export type ParsedTranslation = {
  kind: ContentKind;
  source: SourceFile;
  locale: Locale;
  englishPath: string;
  data: TranslationFrontmatter;
  /** The fingerprint of the English text as it is now */
  englishFingerprint: string;
  /** True when `data.translatedFrom` is not `englishFingerprint`: the English changed since (i18n:check lists it) */
  outdated: boolean;
};

const englishSchemas: Record<ContentKind, { shape: Record<string, z.ZodType> }> = {
  platform: platformFrontmatterSchema,
  'working-group': workingGroupFrontmatterSchema,
  meeting: meetingFrontmatterSchema,
  outcomes: outcomesFrontmatterSchema,
  document: documentFrontmatterSchema,
  page: pageFrontmatterSchema,
};

/** Why a field is never translated, where "it comes from the English file" says too little. */
const NOT_TRANSLATED_BECAUSE: Partial<Record<string, string>> = {
  mandate: 'the mandate is quoted exactly as the source text words it (S-CONTENT-8), so it is never translated',
};

/** The fields a translator translates in a file of this kind, in schema order (translatedFrom aside). */
export function translatableFields(kind: ContentKind): string[] {
  return Object.keys(translationSchemas[kind].shape).filter((key) => key !== 'translatedFrom');
}

function isSet(data: unknown, key: string): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[key] !== undefined;
}

/** JSON with object keys sorted, so the fingerprint does not depend on the order fields are written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The fingerprint of an English file's translatable text, `sha256:` and the first 12 hex digits of the
 * SHA-256 of its translatable fields (as written: a schema default is not text anyone wrote) and its body, with line
 * endings and surrounding blank space ignored. Structural fields are left out, so a new date or status
 * does not make a translation stale; any change of wording does.
 *
 * @param kind which fields are translatable
 * @param englishData the English file's frontmatter as read (YAML), before defaults
 * @param englishBody the English file's MDX body
 */
export function fingerprintOf(kind: ContentKind, englishData: unknown, englishBody: string): string {
  const fields: Record<string, unknown> = {};
  for (const key of translatableFields(kind)) {
    if (isSet(englishData, key)) fields[key] = (englishData as Record<string, unknown>)[key];
  }
  const body = englishBody.replace(/\r\n?/g, '\n').trim();
  return `sha256:${createHash('sha256').update(canonicalJson(fields)).update('\0').update(body).digest('hex').slice(0, 12)}`;
}

/**
 * Checks a translation against its English source, adding a problem (file, field, reason) for each of:
 * a structural or unknown field; a translatable field the English sets but the translation leaves out,
 * or the reverse; an agenda with another number of items; a body where the English has none or none
 * where it has one; a missing or malformed `translatedFrom` (the message gives the current fingerprint).
 * A `translatedFrom` that is well formed but not current is not a problem here: the translation is
 * returned with `outdated: true` and shown; `npm run i18n:check` lists it.
 *
 * @returns the parsed translation, or null when it has a problem
 */
export function checkTranslation(
  kind: ContentKind,
  translation: TranslationSource,
  english: SourceFile,
  problems: ContentProblem[],
): ParsedTranslation | null {
  const file = translation.source.sourcePath;
  const raw = (translation.source.data ?? {}) as Record<string, unknown>;
  const before = problems.length;
  const translatable = translatableFields(kind);
  const englishFields = Object.keys(englishSchemas[kind].shape);
  const englishFingerprint = fingerprintOf(kind, english.data, english.body);

  for (const key of Object.keys(raw)) {
    if (key === 'translatedFrom' || translatable.includes(key)) continue;
    if (englishFields.includes(key)) {
      const because = NOT_TRANSLATED_BECAUSE[key] ?? `it comes from the English file ${translation.englishPath} alone`;
      problems.push({
        file,
        field: key,
        message: `expected only translatable fields (${translatable.join(', ')}) and translatedFrom in a translation; ${key} is not translated: ${because}`,
      });
    } else {
      problems.push({ file, field: key, message: `unknown field, expected only translatedFrom and the translatable fields: ${translatable.join(', ')}` });
    }
  }
  const allowed = Object.fromEntries(Object.entries(raw).filter(([key]) => key === 'translatedFrom' || translatable.includes(key)));
  const result = translationSchemas[kind].safeParse(allowed, { reportInput: true });
  if (!result.success) {
    for (const problem of problemsFromZod(file, result.error)) {
      if (problem.field === 'translatedFrom' && !isSet(raw, 'translatedFrom')) {
        problem.message = `expected the fingerprint of the English text this translation was made from (a required field; ${translation.englishPath} is now ${englishFingerprint}), got nothing`;
      }
      problems.push(problem);
    }
  }

  const englishShape = englishSchemas[kind].shape;
  for (const key of translatable) {
    const inEnglish = isSet(english.data, key);
    const inTranslation = isSet(raw, key);
    if (inEnglish && !inTranslation && key !== 'venue') {
      problems.push({ file, field: key, message: `expected the translation of ${key} (${translation.englishPath} sets it), got nothing` });
    }
    // A field with a default (the outcomes' title) may be translated even where the English relies on the default.
    if (!inEnglish && inTranslation && !(englishShape[key] instanceof z.ZodDefault)) {
      problems.push({ file, field: key, message: `expected no ${key}: ${translation.englishPath} sets none, and a translation translates only what the English says` });
    }
  }
  if (result.success) {
    const englishData = english.data as Record<string, unknown>;
    const agenda = (result.data as { agenda?: unknown[] }).agenda;
    const englishAgenda = englishData.agenda;
    if (agenda && Array.isArray(englishAgenda) && agenda.length !== englishAgenda.length) {
      problems.push({
        file,
        field: 'agenda',
        message: `expected ${englishAgenda.length} items, one for each item of the English agenda in ${translation.englishPath}, got ${agenda.length}`,
      });
    }
    const venue = (result.data as { venue?: Record<string, unknown> }).venue;
    const englishVenue = englishData.venue;
    for (const key of venue && englishVenue ? Object.keys(venue) : []) {
      if (!isSet(englishVenue, key)) {
        problems.push({ file, field: `venue.${key}`, message: `expected no venue.${key}: ${translation.englishPath} sets none` });
      }
    }
  }
  const hasBody = translation.source.body.trim() !== '';
  const englishHasBody = english.body.trim() !== '';
  if (englishHasBody && !hasBody) {
    problems.push({ file, field: 'body', message: `expected the translated text (${translation.englishPath} has a body), got an empty body` });
  } else if (!englishHasBody && hasBody) {
    problems.push({ file, field: 'body', message: `expected an empty body, as in ${translation.englishPath}` });
  }

  if (problems.length > before || !result.success) return null;
  return {
    kind,
    source: translation.source,
    locale: translation.locale,
    englishPath: translation.englishPath,
    data: result.data,
    englishFingerprint,
    outdated: result.data.translatedFrom !== englishFingerprint,
  };
}

/** An English file the loader validated, by the kind that decides its translatable fields. */
export type EnglishItem = { kind: ContentKind; source: SourceFile };

/** Translations by English path, then by language: what the assembler overlays. */
export type TranslationsByPath = Map<string, Map<Locale, ParsedTranslation>>;

/**
 * Checks every translation against its English source. A translation whose English file does not exist
 * is refused (an orphan); one whose English file exists but has its own problem is skipped, since that
 * problem is reported already and the translation cannot be checked against it.
 *
 * @param englishPaths every English .mdx file found, valid or not, relative to the content directory
 * @param englishItems the English files that passed their checks, by path
 */
export function checkTranslations(
  translations: readonly TranslationSource[],
  englishPaths: ReadonlySet<string>,
  englishItems: ReadonlyMap<string, EnglishItem>,
  problems: ContentProblem[],
): TranslationsByPath {
  const byPath: TranslationsByPath = new Map();
  for (const translation of translations) {
    if (!englishPaths.has(translation.englishPath)) {
      problems.push({
        file: translation.source.sourcePath,
        field: '',
        message: `expected the English file ${translation.englishPath} beside this translation, found none (a translation translates an English file)`,
      });
      continue;
    }
    const english = englishItems.get(translation.englishPath);
    if (!english) continue;
    const parsed = checkTranslation(english.kind, translation, english.source, problems);
    if (!parsed) continue;
    let locales = byPath.get(translation.englishPath);
    if (!locales) byPath.set(translation.englishPath, (locales = new Map()));
    locales.set(parsed.locale, parsed);
  }
  return byPath;
}
