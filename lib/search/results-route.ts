import { parseQuery, type ParsedQuery } from './query';

/**
 * Search results as cacheable pages (decision 0169). A visitor's address stays `/search?q=…&page=…`; the
 * request proxy rewrites it to `/<locale>/search/results/<key>`, a page Next renders on its first request
 * and then keeps in its cache like a built page, so the next visitor asking the same thing in the same
 * language gets it at a built page's speed. The key holds everything the page shows: the query as
 * parsed (the text written back into the box, base64url so any script, slash or dot travels safely in one
 * path segment), whether it was shortened (the page says so), and the page of results.
 *
 * The key is written only by the proxy: a request naming the internal path itself is answered 404, so
 * the results have one public address.
 */

/** Where the proxy sends a search, under the language's segment: `/<locale>${RESULTS_PATH}/<key>`. */
export const RESULTS_PATH = '/search/results';

/** Highest results page a key may name; beyond, page 1 (no list of results is that long). */
export const MAX_RESULTS_PAGE = 10_000;

export type ResultsKey = { text: string; shortened: boolean; page: number };

const KEY = /^([1-9]\d{0,4})-([01])-([A-Za-z0-9_-]{1,1100})$/;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The results page a search asks for, or null when there is nothing to search (no `q`, or one with no
 * word in it): that is the search page itself, a built page.
 *
 * @param q `?q=` as the request has it (missing, repeated or hostile; the first value counts)
 * @param page `?page=`; anything but a whole number from 1 to MAX_RESULTS_PAGE is page 1
 * @returns the key's parts, the query parsed exactly as the page would parse it (lib/search/query.ts)
 */
export function resultsKeyOf(q: string | string[] | null | undefined, page: string | null | undefined): ResultsKey | null {
  const query: ParsedQuery = parseQuery(q ?? undefined);
  if (query.terms.length === 0) return null;
  const n = Number(page);
  return { text: query.text, shortened: query.shortened, page: Number.isSafeInteger(n) && n >= 1 && n <= MAX_RESULTS_PAGE ? n : 1 };
}

/**
 * The path segment for a key: `<page>-<0|1 shortened>-<base64url of the text>`. No dot: the proxy takes a
 * last segment with a dot for a file name (lib/i18n/localized-paths.ts).
 */
export function encodeResultsKey(key: ResultsKey): string {
  return `${key.page}-${key.shortened ? 1 : 0}-${toBase64Url(key.text)}`;
}

/**
 * Reads a key back; null for anything the proxy would not have written (the page then answers 404).
 * The text is parsed again, so a key made by hand can hold nothing a typed query could not.
 */
export function decodeResultsKey(segment: string): ResultsKey | null {
  const m = KEY.exec(segment);
  if (!m) return null;
  const raw = fromBase64Url(m[3]!);
  if (raw === null) return null;
  const query = parseQuery(raw);
  if (query.terms.length === 0 || query.text !== raw) return null;
  const page = Number(m[1]);
  if (page > MAX_RESULTS_PAGE) return null;
  return { text: query.text, shortened: m[2] === '1' || query.shortened, page };
}
