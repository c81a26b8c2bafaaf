import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { WORD, words } from './words';

/**
 * Text analysis for search, per language (decision 0131): the same steps for the index, the query and the
 * highlighter, so that what is typed meets what is written.
 *
 *   1. words: runs of letters and digits (Unicode), so punctuation and apostrophes separate words;
 *   2. lower case by the language's own rules (String#toLocaleLowerCase);
 *   3. the language's normalisation: German ä/ae → a, ö/oe → o, ü/ue → u, ß → ss (normaliseGerman);
 *   4. the language's Snowball stemmer where one exists (@orama/stemmers, generated from the Snowball
 *      algorithms: STEMMERS lists the 16 of the 24 languages it covers);
 *   5. folding: compatibility forms (ﬁ → fi) and accents removed.
 *
 * Snowball's rules read accents (Spanish `información` and `informaciones` both give `inform`, but without
 * the accent `informacion` stays whole), so a word is stemmed as written and then folded. A searcher may
 * type it without accents, though: each word therefore also has the stem of its folded form (steps 2, 3,
 * 5, then 4), which is the same whether the accents were typed or not. A word is indexed and searched
 * under both (`variants`), so `interoperabilite` finds `interopérabilité`, and `Liege` finds `Liège`.
 * No English rule reaches another language: French `industries` stays `industr`, never `industry`.
 */

/** Snowball stemmers by language: every EU language @orama/stemmers 3.1 has an algorithm for. */
const STEMMERS: Partial<Record<Locale, (word: string) => string>> = {
  bg: bulgarian,
  da: danish,
  de: german,
  el: greek,
  en: english,
  es: spanish,
  fi: finnish,
  fr: french,
  ga: irish,
  hu: hungarian,
  it: italian,
  lt: lithuanian,
  nl: dutch,
  pt: portuguese,
  ro: romanian,
  sv: swedish,
};

/** Languages whose words are stemmed; the others (cs et hr lv mt pl sk sl) are normalised only. */
export const STEMMED_LOCALES: readonly Locale[] = LOCALES.filter((l) => STEMMERS[l] !== undefined);

// Step 1 (words) lives in ./words, which the query parser shares without loading the stemmers.
export { WORD, words };

/** Compatibility forms folded and accents removed (step 4): `Réunion` → `Reunion`, `ﬁ` → `fi`. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * German spelling variants (step 3), exactly as Apache Lucene's GermanNormalizationFilter (after Snowball's
 * German2 variant): `ä ö ü` become `a o u`, `ß` becomes `ss`, `ae` and `oe` become `a` and `o`, and `ue`
 * becomes `u` except after a vowel or `q` (`Bauer`, `Feuer`, `Quelle` keep their `e`). So `Begrüßung`,
 * `Begruessung` and `Begrussung` are one word, as German readers type them without umlauts.
 */
export function normaliseGerman(lower: string): string {
  // Lucene's states: N after anything else, V after a vowel (or q), U after a, o or a u that may pair with e.
  let state: 'N' | 'V' | 'U' = 'N';
  let out = '';
  for (const c of lower) {
    switch (c) {
      case 'a':
      case 'o':
        out += c;
        state = 'U';
        break;
      case 'u':
        out += c;
        state = state === 'N' ? 'U' : 'V';
        break;
      case 'e':
        if (state !== 'U') out += c;
        state = 'V';
        break;
      case 'i':
      case 'q':
      case 'y':
        out += c;
        state = 'V';
        break;
      case 'ä':
        out += 'a';
        state = 'V';
        break;
      case 'ö':
        out += 'o';
        state = 'V';
        break;
      case 'ü':
        out += 'u';
        state = 'V';
        break;
      case 'ß':
        out += 'ss';
        state = 'N';
        break;
      default:
        out += c;
        state = 'N';
    }
  }
  return out;
}

/** How one language turns words into search terms. */
export type Analyzer = {
  locale: Locale;
  /** True when the language has a Snowball stemmer (STEMMED_LOCALES); false: normalisation only */
  stemmed: boolean;
  /**
   * The terms one word is indexed and searched under: the stem of the word as written, folded, and, where
   * it differs, `term(word)`. One term for most words; never empty.
   */
  variants(word: string): readonly string[];
  /** The stem of the folded word: the same for a word typed with or without its accents (phrases) */
  term(word: string): string;
  /** `term` of each word of a text, in order, repeated as often as they occur */
  terms(text: string): string[];
};

function makeAnalyzer(locale: Locale): Analyzer {
  const stem = STEMMERS[locale] ?? ((w: string) => w);
  const normalise = locale === 'de' ? normaliseGerman : (w: string) => w;
  const memo = new Map<string, readonly string[]>();
  const variants = (word: string): readonly string[] => {
    let found = memo.get(word);
    if (!found) {
      const lower = normalise(word.toLocaleLowerCase(locale));
      const asWritten = foldWord(stem(lower));
      const unaccented = stem(foldWord(lower));
      found = asWritten === unaccented ? [unaccented] : [unaccented, asWritten];
      // Words repeat across a site; a bounded memo keeps stemming off the query path without growing forever.
      if (memo.size < 200_000) memo.set(word, found);
    }
    return found;
  };
  const term = (word: string) => variants(word)[0]!;
  return { locale, stemmed: locale in STEMMERS, variants, term, terms: (text) => words(text).map(term) };
}

const analyzers = new Map<Locale, Analyzer>();

/** The analyzer of one of the 24 languages (made once, then shared). */
export function analyzerFor(locale: Locale = DEFAULT_LOCALE): Analyzer {
  let analyzer = analyzers.get(locale);
  if (!analyzer) analyzers.set(locale, (analyzer = makeAnalyzer(locale)));
  return analyzer;
}
