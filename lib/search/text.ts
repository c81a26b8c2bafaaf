/**
 * Words for search: the same folding for the index, the query and the highlighter, so that "Liège",
 * "LIEGE" and "liege" meet, and "meetings" finds "meeting".
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents removed, compatibility forms folded (ﬁ → fi). */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A deliberately light English stemmer: plural -s only, never below three letters, never -ss/-us/-is. */
export function stem(folded: string): string {
  if (folded.length > 3 && folded.endsWith('s') && !/(ss|us|is)$/.test(folded)) {
    return folded.endsWith('ies') && folded.length > 4 ? `${folded.slice(0, -3)}y` : folded.slice(0, -1);
  }
  return folded;
}

export function termOf(word: string): string {
  return stem(foldWord(word));
}

/** The terms of a text, in order, repeated as often as they occur. */
export function terms(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => termOf(m[0]));
}

export type Segment = { text: string; match: boolean };

/** Splits text into plain and matching runs; React renders the matching ones in <mark>, escaped as text. */
export function highlight(text: string, queryTerms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const index = m.index ?? 0;
    if (!queryTerms.has(termOf(m[0]))) continue;
    if (index > last) segments.push({ text: text.slice(last, index), match: false });
    segments.push({ text: m[0], match: true });
    last = index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
