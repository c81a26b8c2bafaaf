/**
 * Step 1 of the search's text analysis (lib/search/analysis.ts): words are runs of letters and digits in
 * any script, so punctuation and apostrophes separate them. Kept apart from the stemmers so that the
 * query parser, which the request proxy also runs, loads none of them.
 */

/** A word: a run of letters and digits in any script. Global: use with String#matchAll. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as written, in order. */
export function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0]);
}
