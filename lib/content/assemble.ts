import { sortMeetings } from '@/lib/dates/meeting';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/lib/i18n/locales';
import type { SourceFile } from './read';
import {
  PLATFORM_ID,
  type DocumentFrontmatter,
  type MeetingFrontmatter,
  type OutcomesFrontmatter,
  type PageFrontmatter,
  type PlatformFrontmatter,
  type WorkingGroupFrontmatter,
} from './schema';
import type { ParsedTranslation, TranslationsByPath } from './translation';
import type {
  Body,
  MdxBody,
  Meeting,
  MultilingualContent,
  Page,
  Platform,
  SiteContent,
  SiteDocument,
  TranslationStatus,
  WorkingGroup,
} from './types';

/** A file whose frontmatter passed its schema. */
export type Parsed<T> = { source: SourceFile; data: T };

/** Everything the loader validated, before it becomes the site. */
export type ParsedSite = {
  platform: Parsed<PlatformFrontmatter>;
  groups: Parsed<WorkingGroupFrontmatter>[];
  meetings: Parsed<MeetingFrontmatter>[];
  outcomesBySlug: Map<string, Parsed<OutcomesFrontmatter>>;
  documents: (Parsed<DocumentFrontmatter> & { fileInfo: SiteDocument['fileInfo'] })[];
  pages: Parsed<PageFrontmatter>[];
  /** Checked translations, by the English file's path, then by language */
  translations: TranslationsByPath;
};

/**
 * The site in every language from one set of validated files. Each language's SiteContent is assembled on
 * first use and kept, so 24 languages cost nothing until asked for, and a build asks once per language.
 */
export function assembleSite(parsed: ParsedSite, compiledCode: (source: SourceFile) => string): MultilingualContent {
  const byLocale = new Map<Locale, SiteContent>();
  const translations: TranslationStatus[] = [...parsed.translations.values()]
    .flatMap((byLanguage) => [...byLanguage.values()])
    .map((t) => ({
      sourcePath: t.source.sourcePath,
      englishPath: t.englishPath,
      locale: t.locale,
      translatedFrom: t.data.translatedFrom,
      englishFingerprint: t.englishFingerprint,
      outdated: t.outdated,
    }))
    .sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  return {
    translations,
    inLocale(locale: Locale): SiteContent {
      if (!isLocale(locale)) throw new RangeError(`expected one of the site's languages (${LOCALES.join(' ')}), got "${String(locale)}"`);
      let content = byLocale.get(locale);
      if (!content) byLocale.set(locale, (content = assembleContent(parsed, compiledCode, locale)));
      return content;
    },
  };
}

/** The English data of an item overlaid with its translation's fields, and the body and languages to show. */
function localize<T extends object>(
  parsed: ParsedSite,
  compiledCode: (source: SourceFile) => string,
  item: Parsed<T>,
  locale: Locale,
): T & MdxBody {
  const available = parsed.translations.get(item.source.sourcePath);
  const locales = [DEFAULT_LOCALE, ...[...(available?.keys() ?? [])].sort()];
  const translation: ParsedTranslation | undefined = locale === DEFAULT_LOCALE ? undefined : available?.get(locale);
  if (!translation) {
    return { ...item.data, mdx: compiledCode(item.source), source: item.source.body, sourcePath: item.source.sourcePath, locale: DEFAULT_LOCALE, locales, outdated: false };
  }
  const fields: Record<string, unknown> = { ...translation.data };
  delete fields.translatedFrom;
  const data = item.data as Record<string, unknown>;
  // A translated venue names places as its readers do; the parts it leaves out stay as the English gives them.
  if (fields.venue && data.venue) fields.venue = { ...(data.venue as object), ...(fields.venue as object) };
  return {
    ...item.data,
    ...fields,
    mdx: compiledCode(translation.source),
    source: translation.source.body,
    sourcePath: translation.source.sourcePath,
    locale,
    locales,
    outdated: translation.outdated,
  };
}

/** Builds the site in one language: derived fields, links between items, and every list in its order. */
export function assembleContent(
  parsed: ParsedSite,
  compiledCode: (source: SourceFile) => string,
  locale: Locale = DEFAULT_LOCALE,
): SiteContent {
  const inLocale = <T extends object>(item: Parsed<T>) => localize(parsed, compiledCode, item, locale);

  const platform: Platform = inLocale(parsed.platform);
  const workingGroups: WorkingGroup[] = [...parsed.groups]
    .sort((a, b) => a.data.number - b.data.number)
    .map((group) => ({ ...inLocale(group), id: group.source.slug, slug: group.source.slug }));
  const documents: SiteDocument[] = parsed.documents
    .map((document) => ({
      ...inLocale(document),
      slug: document.source.slug,
      href: document.data.file ?? document.data.url ?? '',
      fileInfo: document.fileInfo,
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, locale));
  // Sorted by slug first, so meetings at the same instant keep a stable order.
  const meetings: Meeting[] = sortMeetings(
    [...parsed.meetings]
      .sort((a, b) => a.source.slug.localeCompare(b.source.slug))
      .map((meeting) => {
        const outcomes = parsed.outcomesBySlug.get(meeting.source.slug);
        return {
          ...inLocale(meeting),
          slug: meeting.source.slug,
          outcomes: outcomes ? inLocale(outcomes) : null,
          documents: documents.filter((d) => d.meeting === meeting.source.slug),
        };
      }),
  );
  const pages: Page[] = parsed.pages
    .map((page) => ({ ...inLocale(page), slug: page.source.slug }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const bodies: Body[] = [
    { id: PLATFORM_ID, number: null, title: platform.title, shortTitle: platform.shortTitle, locale: platform.locale, href: '/' },
    ...workingGroups.map((g) => ({
      id: g.id,
      number: g.number,
      title: g.title,
      shortTitle: null,
      locale: g.locale,
      href: `/working-groups/${g.slug}`,
    })),
  ];
  return { locale, platform, workingGroups, meetings, documents, pages, bodies };
}
