import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ENGLISH_ONLY_NAMESPACES } from './catalogues';
import type { I18nCheckResult } from './check-report';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

type Json = { [key: string]: Json | string };

/** What a message needs from its caller and how it is built: each argument's kind, plural and select options, tags. */
type Shape = {
  /** `name` → `argument` | `number` | `date` | `time` | `plural` | `selectordinal` | `select` */
  args: Map<string, string>;
  /** For each select: its options, as English names them (code values, never translated). */
  selects: Map<string, Set<string>>;
  /** For each plural or selectordinal: its option keys, each occurrence (a message may repeat an argument). */
  plurals: { name: string; ordinal: boolean; keys: string[] }[];
  tags: Set<string>;
};

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
};

function shapeOf(elements: readonly MessageFormatElement[], shape: Shape = { args: new Map(), selects: new Map(), plurals: [], tags: new Set() }): Shape {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      const ordinal = el.pluralType === 'ordinal';
      shape.args.set(el.value, ordinal ? 'selectordinal' : 'plural');
      shape.plurals.push({ name: el.value, ordinal, keys: Object.keys(el.options) });
      for (const option of Object.values(el.options)) shapeOf(option.value, shape);
    } else if (el.type === TYPE.select) {
      shape.args.set(el.value, 'select');
      shape.selects.set(el.value, new Set([...(shape.selects.get(el.value) ?? []), ...Object.keys(el.options)]));
      for (const option of Object.values(el.options)) shapeOf(option.value, shape);
    } else if (el.type === TYPE.tag) {
      shape.tags.add(el.value);
      shapeOf(el.children, shape);
    } else if (KIND[el.type]) {
      shape.args.set((el as { value: string }).value, KIND[el.type]!);
    }
  }
  return shape;
}

/** Every message of a catalogue by its dotted key, leaving out the English-only namespaces. */
function flatten(catalogue: Json, prefix = ''): Map<string, Json | string> {
  const out = new Map<string, Json | string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (!prefix && (ENGLISH_ONLY_NAMESPACES as readonly string[]).includes(key)) continue;
    if (typeof value === 'object' && value !== null) for (const [k, v] of flatten(value, dotted)) out.set(k, v);
    else out.set(dotted, value);
  }
  return out;
}

function parsed(message: string): { elements: MessageFormatElement[] } | { error: string } {
  try {
    // As next-intl parses: tags are tags, and plurals and selects must have their `other` case.
    return { elements: parse(message, { requiresOtherClause: true }) };
  } catch (error) {
    const e = error as Error & { location?: { start: { line: number; column: number } } };
    const where = e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : '';
    return { error: `invalid ICU syntax (${e.message}${where})` };
  }
}

const list = (items: Iterable<string>) => [...items].sort().join(' ') || 'none';

/**
 * The problems of one message against its English original: syntax, each placeholder and its kind, select
 * options, tags, and the plural categories CLDR gives the language (`Intl.PluralRules(locale)`), which
 * must all be there and no others (explicit `=N` cases are always allowed).
 */
export function checkMessage(message: string, english: string, locale: Locale): string[] {
  const own = parsed(message);
  if ('error' in own) return [own.error];
  const reference = parsed(english);
  if ('error' in reference) return [];
  const mine = shapeOf(own.elements);
  const theirs = shapeOf(reference.elements);
  const problems: string[] = [];
  const expected = [...theirs.args.keys()].filter((name) => !mine.args.has(name));
  const unknown = [...mine.args.keys()].filter((name) => !theirs.args.has(name));
  if (expected.length || unknown.length) {
    const braces = (names: Iterable<string>) => list([...names].map((n) => `{${n}}`));
    problems.push(`expected the placeholders ${braces(theirs.args.keys())} as in English, got ${braces(mine.args.keys())}`);
  }
  for (const [name, kind] of theirs.args) {
    const found = mine.args.get(name);
    if (found && found !== kind) problems.push(`expected {${name}} to be a ${kind} as in English, got a ${found}`);
  }
  for (const [name, options] of theirs.selects) {
    const found = mine.selects.get(name);
    if (found && list(found) !== list(options)) problems.push(`expected the options of {${name}} to be ${list(options)} as in English, got ${list(found)}`);
  }
  if (list(mine.tags) !== list(theirs.tags)) {
    const angled = (tags: Iterable<string>) => list([...tags].map((t) => `<${t}>`));
    problems.push(`expected the tags ${angled(theirs.tags)} as in English, got ${angled(mine.tags)}`);
  }
  for (const plural of mine.plurals) {
    const required = new Set<string>(new Intl.PluralRules(locale, { type: plural.ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories);
    const keys = plural.keys.filter((k) => !k.startsWith('='));
    const missing = [...required].filter((c) => !keys.includes(c));
    const foreign = keys.filter((k) => !required.has(k));
    if (missing.length || foreign.length) {
      problems.push(
        `expected the plural categories of ${locale} in {${plural.name}}, ${list(required)} (CLDR)` +
          (missing.length ? `; missing ${list(missing)}` : '') +
          (foreign.length ? `; ${list(foreign)} ${foreign.length === 1 ? 'is' : 'are'} not a category of ${locale}` : ''),
      );
    }
  }
  return problems;
}

function readCatalogue(file: string): Json | { error: string } {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object of messages' };
    return value as Json;
  } catch (error) {
    return { error: `expected valid JSON, got ${(error as Error).message}` };
  }
}

/**
 * The catalogues part of `npm run i18n:check` (S-I18N-4). English (`messages/en.json`) is the reference:
 * its own messages must parse and use English's plural categories. Every other catalogue present must have
 * exactly English's keys (the English-only `admin` namespace left out), and each message the same
 * placeholders, plural and select arguments and tags as its English original, its plurals in the
 * categories CLDR gives its language, in valid ICU syntax, parsed by the parser next-intl itself uses
 * (@formatjs/icu-messageformat-parser). Problem lines read `messages/fr.json: pages.meetings.title: …`.
 * A language without a catalogue is a problem too (its pages would read in English: lib/i18n/catalogues.ts
 * lays every catalogue over English).
 *
 * @param dir - the folder of the catalogues (default `messages`)
 */
export function checkCatalogues(dir = 'messages'): I18nCheckResult {
  const problems: string[] = [];
  const file = (locale: Locale) => path.join(dir, `${locale}.json`);
  const shown = (locale: Locale) => path.relative(process.cwd(), file(locale)) || file(locale);
  const englishFile = readCatalogue(file(DEFAULT_LOCALE));
  if ('error' in englishFile && typeof englishFile.error === 'string') {
    return { name: 'catalogues', summary: `the English catalogue ${shown(DEFAULT_LOCALE)} cannot be read`, problems: [`${shown(DEFAULT_LOCALE)}: ${englishFile.error}`] };
  }
  const english = flatten(englishFile as Json);
  for (const [key, message] of english) {
    if (typeof message !== 'string') continue;
    for (const problem of checkMessage(message, message, DEFAULT_LOCALE)) problems.push(`${shown(DEFAULT_LOCALE)}: ${key}: ${problem}`);
  }
  const present: Locale[] = [];
  const absent: Locale[] = [];
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (!existsSync(file(locale))) {
      absent.push(locale);
      problems.push(`${shown(locale)}: missing: every one of the 24 languages has a catalogue (copy messages/en.json without its admin namespace and translate it)`);
      continue;
    }
    present.push(locale);
    const catalogue = readCatalogue(file(locale));
    if ('error' in catalogue && typeof catalogue.error === 'string') {
      problems.push(`${shown(locale)}: ${catalogue.error}`);
      continue;
    }
    for (const namespace of ENGLISH_ONLY_NAMESPACES) {
      if (namespace in catalogue) problems.push(`${shown(locale)}: ${namespace}: unknown namespace: it exists in English only (the secretariat area stays English); leave it out`);
    }
    const own = flatten(catalogue as Json);
    for (const [key, message] of english) {
      const found = own.get(key);
      if (found === undefined) problems.push(`${shown(locale)}: ${key}: missing (English: ${JSON.stringify(message)})`);
      else if (typeof found !== 'string') problems.push(`${shown(locale)}: ${key}: expected a message, got a group of messages`);
      else for (const problem of checkMessage(found, message as string, locale)) problems.push(`${shown(locale)}: ${key}: ${problem}`);
    }
    for (const key of own.keys()) if (!english.has(key)) problems.push(`${shown(locale)}: ${key}: unknown key: English has no such message`);
  }
  const summary =
    `English and ${present.length} ${present.length === 1 ? 'language' : 'languages'} (${present.join(' ') || 'none'}) checked, ` +
    `${english.size} messages each` +
    (absent.length ? `; no catalogue for ${absent.length} (${absent.join(' ')})` : '; all 24 languages present');
  return { name: 'catalogues', summary, problems };
}
