import { words } from './words';

/** Longer queries are cut here, and the page says so; a site search needs a few words, not an essay. */
export const QUERY_MAX_LENGTH = 200;
export const QUERY_MAX_TERMS = 12;

export type ParsedQuery = {
  /** What the search box shows back: trimmed, NFC, control characters removed, at most 200 characters. */
  text: string;
  /**
   * The query's words as typed (letters and digits, in order, at most QUERY_MAX_TERMS): not yet analysed,
   * since each index analyses them in the language of each document (lib/search/analysis.ts).
   */
  terms: string[];
  /** True when the query was longer than QUERY_MAX_LENGTH or had more than QUERY_MAX_TERMS words. */
  shortened: boolean;
};

/** Accepts whatever `searchParams.q` holds (missing, repeated, hostile) and never throws. */
export function parseQuery(raw: string | string[] | undefined): ParsedQuery {
  const first = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  const clean = first.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  const text = chars.slice(0, QUERY_MAX_LENGTH).join('').trim();
  const all = words(text);
  return {
    text,
    terms: all.slice(0, QUERY_MAX_TERMS),
    shortened: chars.length > QUERY_MAX_LENGTH || all.length > QUERY_MAX_TERMS,
  };
}
