import { analyzerFor, WORD, type Analyzer } from './analysis';

/**
 * Search text shown back to people: which words of a title or excerpt to mark. The analysis itself
 * (words, normalisation, stemming per language) lives in analysis.ts.
 */

/** The terms of a text in one language (default English), in order, repeated as often as they occur. */
export function terms(text: string, analyzer: Analyzer = analyzerFor()): string[] {
  return analyzer.terms(text);
}

export type Segment = { text: string; match: boolean };

/**
 * Splits text into plain and matching runs; React renders the matching ones in <mark>, escaped as text.
 * A word matches when one of its variants (analysed in the text's language) is among `queryTerms`.
 */
export function highlight(text: string, queryTerms: ReadonlySet<string>, analyzer: Analyzer = analyzerFor()): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const index = m.index ?? 0;
    if (!analyzer.variants(m[0]).some((t) => queryTerms.has(t))) continue;
    if (index > last) segments.push({ text: text.slice(last, index), match: false });
    segments.push({ text: m[0], match: true });
    last = index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
