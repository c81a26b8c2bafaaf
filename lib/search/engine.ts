import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { analyzerFor, words as wordsOf, type Analyzer } from './analysis';
import { highlight, type Segment } from './text';

/** One searchable thing: a page, a meeting (with its outcomes), a working group or a document. */
export type SearchDocument = {
  kind: 'page' | 'meeting' | 'working-group' | 'document';
  /** Site-relative URL of the result (English path; other languages add their prefix). */
  url: string;
  title: string;
  /** Short text shown under the title when the body has no better excerpt. */
  summary: string;
  /** The readable text, shown in excerpts. */
  body: string;
  /** Searchable but never shown: venue, organiser, languages, document kind. */
  keywords: string;
  /**
   * The language of the text, which decides how it is analysed (default 'en'). In an index for another
   * language, 'en' marks a page shown in English because it has no translation there.
   */
  locale?: Locale;
};

type Field = 'title' | 'summary' | 'body' | 'keywords';
/** A word in a title says more about a page than the same word in its body (BM25F field weights). */
const FIELD_WEIGHTS: Record<Field, number> = { title: 4, summary: 2, body: 1, keywords: 1 };
const K1 = 1.2;
const B = 0.75;

type Posting = { doc: number; weightedTf: number };

/**
 * An inverted index over documents in one or more languages. Each document's words are analysed in its
 * own language (lib/search/analysis.ts) and its terms go to that language's postings, so a German `die`
 * never meets an English `die`; a query is analysed once per language present.
 */
export type SearchIndex = {
  docs: readonly SearchDocument[];
  /** Per language of the documents: term → the documents that contain it, with field-weighted counts */
  postings: ReadonlyMap<Locale, ReadonlyMap<string, readonly Posting[]>>;
  /** Field-weighted number of words per document */
  lengths: readonly number[];
  averageLength: number;
  /** Per document, its words' terms space-joined (fields apart), for the phrase bonus. */
  phraseText: readonly string[];
};

const localeOf = (doc: SearchDocument): Locale => doc.locale ?? DEFAULT_LOCALE;

/** Builds the index once; every query only reads it. Cost: one analysis of every word of every document. */
export function buildIndex(docs: readonly SearchDocument[]): SearchIndex {
  const postings = new Map<Locale, Map<string, Posting[]>>();
  const lengths: number[] = [];
  const phraseText: string[] = [];
  docs.forEach((doc, i) => {
    const analyzer = analyzerFor(localeOf(doc));
    let languagePostings = postings.get(analyzer.locale);
    if (!languagePostings) postings.set(analyzer.locale, (languagePostings = new Map()));
    const counts = new Map<string, number>();
    let length = 0;
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      for (const word of wordsOf(doc[field])) {
        length += FIELD_WEIGHTS[field];
        for (const t of analyzer.variants(word)) counts.set(t, (counts.get(t) ?? 0) + FIELD_WEIGHTS[field]);
      }
    }
    for (const [term, weightedTf] of counts) {
      let list = languagePostings.get(term);
      if (!list) languagePostings.set(term, (list = []));
      list.push({ doc: i, weightedTf });
    }
    lengths.push(length);
    // A marker between fields, so a phrase never spans the end of a title and the start of a summary.
    phraseText.push(` ${[doc.title, doc.summary, doc.body].map((f) => analyzer.terms(f).join(' ')).join(' | ')} `);
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
function excerpt(doc: SearchDocument, queryTerms: ReadonlySet<string>, analyzer: Analyzer): Segment[] {
  const source = doc.body || doc.summary;
  const words = source.split(/\s+/).filter(Boolean);
  if (words.length <= EXCERPT_WORDS) return highlight(source, queryTerms, analyzer);
  const hits = words.map((w) => (wordsOf(w).some((word) => analyzer.variants(word).some((t) => queryTerms.has(t))) ? 1 : 0));
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
  if (best === 0) return highlight(doc.summary, queryTerms, analyzer);
  // Start a few words before the first hit in the window, so the match has context.
  const firstHit = hits.indexOf(1, bestStart);
  const start = Math.max(0, Math.min(firstHit - 4, words.length - EXCERPT_WORDS));
  const text = words.slice(start, start + EXCERPT_WORDS).join(' ');
  const segments = highlight(text, queryTerms, analyzer);
  return [
    ...(start > 0 ? [{ text: '… ', match: false }] : []),
    ...segments,
    ...(start + EXCERPT_WORDS < words.length ? [{ text: ' …', match: false }] : []),
  ];
}

/** The query analysed in one language: each distinct word's variants, the phrase, every term for highlighting. */
type LanguageQuery = { words: (readonly string[])[]; phrase: string | null; highlight: ReadonlySet<string> };

function analyseQuery(queryWords: readonly string[], analyzer: Analyzer): LanguageQuery {
  const byTerm = new Map<string, readonly string[]>();
  for (const word of queryWords) {
    const variants = analyzer.variants(word);
    if (!byTerm.has(variants[0]!)) byTerm.set(variants[0]!, variants);
  }
  const terms = queryWords.map((w) => analyzer.term(w));
  return {
    words: [...byTerm.values()],
    phrase: byTerm.size > 1 ? ` ${terms.join(' ')} ` : null,
    highlight: new Set([...byTerm.values()].flat()),
  };
}

/** The best `limit` hits from rank `offset` on, best first (0-based). */
export function search(index: SearchIndex, queryWords: readonly string[], limit = 50, offset = 0): SearchHit[] {
  return searchPage(index, queryWords, { limit, offset }).hits;
}

/**
 * Okapi BM25 over the field-weighted term counts, multiplied by the share of query words a document
 * contains (so documents with every word come first) and by 1.5 when the words appear as a phrase. Each
 * document is matched with the query analysed in the document's own language; a query word counts once,
 * by its best-scoring variant. Titles and excerpts are made only for the hits returned.
 *
 * @param queryWords the query's words as typed (ParsedQuery.terms): analysed here, per language
 * @param page.offset how many of the best hits to skip (0-based rank), for pages of results
 * @param page.limit at most this many hits, best first
 * @returns `total`: how many documents match in all; `hits`: the requested slice
 */
export function searchPage(
  index: SearchIndex,
  queryWords: readonly string[],
  page: { offset: number; limit: number },
): { total: number; hits: SearchHit[] } {
  if (queryWords.length === 0 || index.docs.length === 0) return { total: 0, hits: [] };
  const n = index.docs.length;
  const scored: { doc: number; score: number }[] = [];
  const queries = new Map<Locale, LanguageQuery>();
  for (const [locale, postings] of index.postings) {
    const query = analyseQuery(queryWords, analyzerFor(locale));
    queries.set(locale, query);
    // Per document, the best contribution of each query word (a word matched by two variants counts once).
    const perDoc = new Map<number, number[]>();
    query.words.forEach((variants, w) => {
      for (const term of variants) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, weightedTf } of list) {
          const norm = 1 - B + (B * (index.lengths[doc] ?? 0)) / (index.averageLength || 1);
          const s = (idf * weightedTf * (K1 + 1)) / (weightedTf + K1 * norm);
          let best = perDoc.get(doc);
          if (!best) perDoc.set(doc, (best = new Array<number>(query.words.length).fill(0)));
          best[w] = Math.max(best[w]!, s);
        }
      }
    });
    for (const [doc, best] of perDoc) {
      const matched = best.filter((s) => s > 0).length;
      const coverage = (matched / query.words.length) ** 2;
      const phraseBonus = query.phrase && index.phraseText[doc]?.includes(query.phrase) ? 1.5 : 1;
      scored.push({ doc, score: best.reduce((a, b) => a + b, 0) * coverage * phraseBonus });
    }
  }
  const hits = scored
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(page.offset, page.offset + page.limit)
    .map(({ doc, score }) => {
      const d = index.docs[doc]!;
      const analyzer = analyzerFor(localeOf(d));
      const terms = queries.get(analyzer.locale)!.highlight;
      return { doc: d, score, title: highlight(d.title, terms, analyzer), excerpt: excerpt(d, terms, analyzer) };
    });
  return { total: scored.length, hits };
}
