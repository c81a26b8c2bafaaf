import 'server-only';
import { cache } from 'react';
import { getEnv } from '@/lib/env';
import { defaultLoadOptions, loadContent } from './load';
import type { Body, Meeting, Page, Platform, SiteContent, SiteDocument, WorkingGroup } from './types';
import type { BodyId } from './schema';

export type { Body, FileInfo, Meeting, Outcomes, Page, Platform, SiteContent, SiteDocument, WorkingGroup } from './types';
export { ContentError } from './report';

/**
 * The content API for pages. The whole site is loaded once per process (module memo, so a build does not
 * re-read or re-compile for every page) and each query is wrapped in React `cache()`, so
 * `generateMetadata` and the page share one call per request. In development the memo is skipped so an
 * edited file shows on the next request (unchanged bodies still come from the MDX cache).
 */
let loading: Promise<SiteContent> | undefined;

const getContent = cache((): Promise<SiteContent> => {
  if (getEnv().NODE_ENV === 'development') return loadContent(defaultLoadOptions());
  loading ??= loadContent(defaultLoadOptions()).catch((error: unknown) => {
    // A failed load is not memoised: the next request tries again.
    loading = undefined;
    throw error;
  });
  return loading;
});

export const getPlatform = cache(async (): Promise<Platform> => (await getContent()).platform);

/** By number. */
export const getWorkingGroups = cache(async (): Promise<WorkingGroup[]> => (await getContent()).workingGroups);

export const getWorkingGroupBySlug = cache(
  async (slug: string): Promise<WorkingGroup | null> =>
    (await getContent()).workingGroups.find((g) => g.slug === slug) ?? null,
);

/** By date, earliest first. Upcoming or past depends on the clock: see splitMeetings in lib/dates. */
export const getMeetings = cache(async (): Promise<Meeting[]> => (await getContent()).meetings);

export const getMeetingBySlug = cache(
  async (slug: string): Promise<Meeting | null> => (await getContent()).meetings.find((m) => m.slug === slug) ?? null,
);

/** A body's meetings, earliest first. */
export const getMeetingsByBody = cache(
  async (bodyId: BodyId): Promise<Meeting[]> => (await getContent()).meetings.filter((m) => m.body === bodyId),
);

/** By date, latest first. */
export const getDocuments = cache(async (): Promise<SiteDocument[]> => (await getContent()).documents);

/** A body's documents (owned by it), latest first. */
export const getDocumentsByBody = cache(
  async (bodyId: BodyId): Promise<SiteDocument[]> => (await getContent()).documents.filter((d) => d.owner === bodyId),
);

export const getPageBySlug = cache(
  async (slug: string): Promise<Page | null> => (await getContent()).pages.find((p) => p.slug === slug) ?? null,
);

export const getPages = cache(async (): Promise<Page[]> => (await getContent()).pages);

/** The Platform first, then the groups by number. */
export const getBodies = cache(async (): Promise<Body[]> => (await getContent()).bodies);

export const getBodyById = cache(
  async (id: string): Promise<Body | null> => (await getContent()).bodies.find((b) => b.id === id) ?? null,
);
