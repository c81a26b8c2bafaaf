import 'server-only';
import { getEnv } from '@/lib/env';
import { buildIndex, search, type SearchHit, type SearchIndex } from './engine';
import { parseQuery, type ParsedQuery } from './query';
import { collectSearchDocuments } from './site-documents';

export { QUERY_MAX_LENGTH } from './query';
export type { SearchHit } from './engine';
export type { Segment } from './text';

/**
 * Built once per server process from the loaded content (the same files the build prerendered) and
 * kept in memory; a query only reads this index (decision 0052).
 */
let building: Promise<SearchIndex> | undefined;

function getIndex(): Promise<SearchIndex> {
  // In development the loader rereads content on each request; the index follows it.
  if (getEnv().NODE_ENV === 'development') return collectSearchDocuments().then(buildIndex);
  building ??= collectSearchDocuments()
    .then(buildIndex)
    .catch((error: unknown) => {
      building = undefined;
      throw error;
    });
  return building;
}

export type SearchResults = { query: ParsedQuery; hits: SearchHit[] };

/** Parses whatever `?q=` holds and returns the ranked hits (none for an empty query). */
export async function searchSite(raw: string | string[] | undefined): Promise<SearchResults> {
  const query = parseQuery(raw);
  if (query.terms.length === 0) return { query, hits: [] };
  return { query, hits: search(await getIndex(), query.terms) };
}
