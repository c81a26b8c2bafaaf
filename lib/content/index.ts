import 'server-only';
import { cache } from 'react';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { defaultLoadOptions, loadSite } from './load';
import type { Body, Meeting, MultilingualContent, Page, Platform, SiteContent, SiteDocument, WorkingGroup } from './types';
import type { BodyId } from './schema';

export type {
  Body,
  FileInfo,
  MdxBody,
  Meeting,
  Outcomes,
  Page,
  Platform,
  SiteContent,
  SiteDocument,
  TranslationStatus,
  WorkingGroup,
} from './types';
export { ContentError } from './report';

/**
 * The content API for pages. The whole site, with its translations, is loaded once per process (kept on
 * globalThis, so a build does not re-read or re-compile for every page, and the start-up hook, which Next
 * bundles apart from the pages, shares the same copy) and each query is wrapped in React `cache()`, so
 * `generateMetadata` and the page share one call per request. In development nothing is kept, so an
 * edited file shows on the next request (unchanged bodies still come from the MDX cache).
 *
 * Every query takes an optional `locale` (default 'en'), one of the 24 codes of lib/i18n/locales.ts. It
 * never misses because a translation is missing: an item without a translation in that language comes in
 * English, and its `locale` says so (`item.locale !== locale`: mark it `lang="en"` and show the notice
 * listing `item.locales`). Structural fields (dates, status, organiser, files) are the same in every language.
 */
const SLOT = Symbol.for('dei.content.site');
const slot = globalThis as unknown as Record<symbol, Promise<MultilingualContent> | undefined>;

const getSite = cache((): Promise<MultilingualContent> => {
  if (getEnv().NODE_ENV === 'development') return loadSite(defaultLoadOptions());
  slot[SLOT] ??= loadSite(defaultLoadOptions()).catch((error: unknown) => {
    // A failed load is not kept: the next request tries again.
    slot[SLOT] = undefined;
    throw error;
  });
  return slot[SLOT];
});

/** The whole site in one language. @throws RangeError for a code that is not one of the 24 */
export const getContent = cache(async (locale: Locale = DEFAULT_LOCALE): Promise<SiteContent> => (await getSite()).inLocale(locale));

/** The site in every language: `inLocale(locale)` and the list of translation files. */
export const getMultilingualContent = getSite;

export const getPlatform = cache(async (locale: Locale = DEFAULT_LOCALE): Promise<Platform> => (await getContent(locale)).platform);

/** By number. */
export const getWorkingGroups = cache(
  async (locale: Locale = DEFAULT_LOCALE): Promise<WorkingGroup[]> => (await getContent(locale)).workingGroups,
);

export const getWorkingGroupBySlug = cache(
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<WorkingGroup | null> =>
    (await getContent(locale)).workingGroups.find((g) => g.slug === slug) ?? null,
);

/** By date, earliest first. Upcoming or past depends on the clock: see splitMeetings in lib/dates. */
export const getMeetings = cache(async (locale: Locale = DEFAULT_LOCALE): Promise<Meeting[]> => (await getContent(locale)).meetings);

export const getMeetingBySlug = cache(
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<Meeting | null> =>
    (await getContent(locale)).meetings.find((m) => m.slug === slug) ?? null,
);

/** A body's meetings, earliest first. */
export const getMeetingsByBody = cache(
  async (bodyId: BodyId, locale: Locale = DEFAULT_LOCALE): Promise<Meeting[]> =>
    (await getContent(locale)).meetings.filter((m) => m.body === bodyId),
);

/** By date, latest first. */
export const getDocuments = cache(
  async (locale: Locale = DEFAULT_LOCALE): Promise<SiteDocument[]> => (await getContent(locale)).documents,
);

/** A body's documents (owned by it), latest first. */
export const getDocumentsByBody = cache(
  async (bodyId: BodyId, locale: Locale = DEFAULT_LOCALE): Promise<SiteDocument[]> =>
    (await getContent(locale)).documents.filter((d) => d.owner === bodyId),
);

export const getPageBySlug = cache(
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<Page | null> =>
    (await getContent(locale)).pages.find((p) => p.slug === slug) ?? null,
);

export const getPages = cache(async (locale: Locale = DEFAULT_LOCALE): Promise<Page[]> => (await getContent(locale)).pages);

/** The Platform first, then the groups by number. */
export const getBodies = cache(async (locale: Locale = DEFAULT_LOCALE): Promise<Body[]> => (await getContent(locale)).bodies);

export const getBodyById = cache(
  async (id: string, locale: Locale = DEFAULT_LOCALE): Promise<Body | null> =>
    (await getContent(locale)).bodies.find((b) => b.id === id) ?? null,
);
