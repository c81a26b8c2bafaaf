import { highlight, terms, type Segment } from './text';

/** One searchable thing: a page, a meeting (with its outcomes), a working group or a document. */
export type SearchDocument = {
  kind: 'page' | 'meeting' | 'working-group' | 'document';
  /** Site-relative URL of the result. */
  url: string;
  title: string;
  /** Short text shown under the title when the body has no better excerpt. */
  summary: string;
  /** The readable text, shown in excerpts. */
  body: string;
  /** Searchable but never shown: venue, organiser, languages, document kind. */
  keywords: string;
};

type Field = 'title' | 'summary' | 'body' | 'keywords';
/** A word in a title says more about a page than the same word in its body (BM25F field weights). */
const FIELD_WEIGHTS: Record<Field, number> = { title: 4, summary: 2, body: 1, keywords: 1 };
const K1 = 1.2;
const B = 0.75;

type Posting = { doc: number; weightedTf: number };

export type SearchIndex = {
  docs: readonly SearchDocument[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  lengths: readonly number[];
  averageLength: number;
  /** Folded, space-joined text per document, for the phrase bonus. */
  phraseText: readonly string[];
};

export function buildIndex(docs: readonly SearchDocument[]): SearchIndex {
  const postings = new Map<string, Posting[]>();
  const lengths: number[] = [];
  const phraseText: string[] = [];
  docs.forEach((doc, i) => {
    const counts = new Map<string, number>();
    let length = 0;
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      const fieldTerms = terms(doc[field]);
      length += fieldTerms.length * FIELD_WEIGHTS[field];
      for (const t of fieldTerms) counts.set(t, (counts.get(t) ?? 0) + FIELD_WEIGHTS[field]);
    }
    for (const [term, weightedTf] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc: i, weightedTf });
    }
    lengths.push(length);
    // A marker between fields, so a phrase never spans the end of a title and the start of a summary.
    phraseText.push(` ${[doc.title, doc.summary, doc.body].map((f) => terms(f).join(' ')).join(' | ')} `);
  });
  const averageLength = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
  return { docs, postings, lengths, averageLength, phraseText };
}

export type SearchHit = {
  doc: SearchDocument;
  score: number;
  title: Segment[];
  excerpt: Segment[];
};

const EXCERPT_WORDS = 32;

/** The window of about 32 words with the most query terms, from the body (or the summary). */
function excerpt(doc: SearchDocument, queryTerms: ReadonlySet<string>): Segment[] {
  const source = doc.body || doc.summary;
  const words = source.split(/\s+/).filter(Boolean);
  if (words.length <= EXCERPT_WORDS) return highlight(source, queryTerms);
  const hits = words.map((w) => (terms(w).some((t) => queryTerms.has(t)) ? 1 : 0));
  let best = -1;
  let bestStart = 0;
  let windowHits = 0;
  for (let i = 0; i < words.length; i++) {
    windowHits += hits[i] ?? 0;
    if (i >= EXCERPT_WORDS) windowHits -= hits[i - EXCERPT_WORDS] ?? 0;
    const start = Math.max(0, i - EXCERPT_WORDS + 1);
    if (windowHits > best) {
      best = windowHits;
      bestStart = start;
    }
  }
  if (best === 0) return highlight(doc.summary, queryTerms);
  // Start a few words before the first hit in the window, so the match has context.
  const firstHit = hits.indexOf(1, bestStart);
  const start = Math.max(0, Math.min(firstHit - 4, words.length - EXCERPT_WORDS));
  const text = words.slice(start, start + EXCERPT_WORDS).join(' ');
  const segments = highlight(text, queryTerms);
  return [
    ...(start > 0 ? [{ text: '… ', match: false }] : []),
    ...segments,
    ...(start + EXCERPT_WORDS < words.length ? [{ text: ' …', match: false }] : []),
  ];
}

/**
 * Okapi BM25 over the field-weighted term counts, multiplied by the share of query terms a document
 * contains (so documents with every word come first) and by 1.5 when the words appear as a phrase.
 */
export function search(index: SearchIndex, queryTerms: readonly string[], limit = 50): SearchHit[] {
  const unique = [...new Set(queryTerms)];
  if (unique.length === 0 || index.docs.length === 0) return [];
  const n = index.docs.length;
  const scores = new Map<number, { score: number; matched: number }>();
  for (const term of unique) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    for (const { doc, weightedTf } of list) {
      const norm = 1 - B + (B * (index.lengths[doc] ?? 0)) / (index.averageLength || 1);
      const s = (idf * weightedTf * (K1 + 1)) / (weightedTf + K1 * norm);
      const current = scores.get(doc) ?? { score: 0, matched: 0 };
      scores.set(doc, { score: current.score + s, matched: current.matched + 1 });
    }
  }
  const phrase = unique.length > 1 ? ` ${queryTerms.join(' ')} ` : null;
  const termSet = new Set(unique);
  return [...scores.entries()]
    .map(([doc, { score, matched }]) => {
      const coverage = (matched / unique.length) ** 2;
      const phraseBonus = phrase && index.phraseText[doc]?.includes(phrase) ? 1.5 : 1;
      return { doc, score: score * coverage * phraseBonus };
    })
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit)
    .map(({ doc, score }) => {
      const d = index.docs[doc]!;
      return { doc: d, score, title: highlight(d.title, termSet), excerpt: excerpt(d, termSet) };
    });
}
