import 'server-only';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { buildIndex, searchPage, type SearchHit, type SearchIndex } from './engine';
import { parseQuery, type ParsedQuery } from './query';
import { collectSearchDocuments } from './site-documents';

export { QUERY_MAX_LENGTH } from './query';
export { STEMMED_LOCALES } from './analysis';
export type { SearchDocument, SearchHit } from './engine';
export type { Segment } from './text';

/**
 * One index per language, built once per server process from the loaded content (the same files the
 * build prerendered) and kept in memory; a query only reads it (decisions 0052, 0131). A language with no
 * translated page shares the English index. The indexes live on globalThis, so the start-up hook
 * (warmSearchIndexes) and the search page, which Next bundles apart, build and read the same ones.
 */
const SLOT = Symbol.for('dei.search.indexes');
const slot = globalThis as unknown as Record<symbol, Map<Locale, Promise<SearchIndex>> | undefined>;

async function build(locale: Locale): Promise<SearchIndex> {
  const docs = await collectSearchDocuments(locale);
  if (locale !== DEFAULT_LOCALE && docs.every((d) => d.locale === DEFAULT_LOCALE)) return getIndex(DEFAULT_LOCALE);
  return buildIndex(docs);
}

function getIndex(locale: Locale): Promise<SearchIndex> {
  // In development the loader rereads content on each request; the index follows it.
  if (getEnv().NODE_ENV === 'development') return build(locale);
  const indexes = (slot[SLOT] ??= new Map());
  let index = indexes.get(locale);
  if (!index) {
    index = build(locale).catch((error: unknown) => {
      // A failed build is not kept: the next query tries again.
      indexes.delete(locale);
      throw error;
    });
    indexes.set(locale, index);
  }
  return index;
}

/**
 * Builds the index of every language now, so that no visitor's query waits for one (called once at
 * server start). Resolves when all are built; a failure is thrown here and retried by the next query.
 */
export async function warmSearchIndexes(): Promise<void> {
  await Promise.all(LOCALES.map(getIndex));
}

export type SearchResults = {
  query: ParsedQuery;
  /** Best first. Each hit's `doc.locale` is the language of its text: `locale`, or 'en' for a page not translated into it */
  hits: SearchHit[];
  /** How many pages match in all (hits holds one page of them) */
  total: number;
  /** The page of results returned, from 1; pages beyond the last give no hits */
  page: number;
  /** Hits per page */
  pageSize: number;
  /** The language searched */
  locale: Locale;
};

/** Hits per page unless asked otherwise: as many as the results page has always shown. */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Parses whatever `?q=` holds and returns the ranked hits in one language (none for an empty query).
 * The query is matched against the language's pages with its stemming (STEMMED_LOCALES) and, for pages
 * not translated into it, against their English text with English stemming.
 *
 * @param raw `searchParams.q` as Next gives it: missing, repeated or hostile; never throws for it
 * @param locale one of the 24 codes (default 'en')
 * @param options.page which page of results, from 1 (default 1; anything not a whole number ≥ 1 is 1)
 * @param options.pageSize hits per page (default DEFAULT_PAGE_SIZE): the results page's cost grows with it
 */
export async function searchSite(
  raw: string | string[] | undefined,
  locale: Locale = DEFAULT_LOCALE,
  options: { page?: number; pageSize?: number } = {},
): Promise<SearchResults> {
  const query = parseQuery(raw);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const page = Number.isSafeInteger(options.page) && options.page! >= 1 ? options.page! : 1;
  if (query.terms.length === 0) return { query, hits: [], total: 0, page, pageSize, locale };
  const { total, hits } = searchPage(await getIndex(locale), query.terms, { offset: (page - 1) * pageSize, limit: pageSize });
  return { query, hits, total, page, pageSize, locale };
}
