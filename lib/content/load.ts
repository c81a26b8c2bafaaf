import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { datePeriod } from '@/lib/dates/meeting';
import { parseWallTime, resolveZonedTime } from '@/lib/dates/zone';
import { parseContentFileName, englishPathOf } from './file-names';
import { compileMdxInProcess, type CompileMany } from './mdx';
import { KEBAB_CASE, listDir, readSource, type SourceFile } from './read';
import { ContentError, problemsFromZod, type ContentProblem } from './report';
import {
  PLATFORM_ID,
  documentFrontmatterSchema,
  meetingFrontmatterSchema,
  outcomesFrontmatterSchema,
  pageFrontmatterSchema,
  platformFrontmatterSchema,
  workingGroupFrontmatterSchema,
} from './schema';
import { assembleSite, type Parsed } from './assemble';
import { checkTranslations, type EnglishItem, type TranslationSource } from './translation';
import type { MultilingualContent, SiteContent, SiteDocument } from './types';

/**
 * The loader core: reads the content directory, validates every file and every cross-reference, compiles
 * the MDX bodies, and either returns the whole site or throws one ContentError listing every problem.
 * No `server-only` guard, so `npm run content:check` can import it; pages use lib/content/index.ts.
 */

export type LoadOptions = {
  /** Absolute or relative to the working directory */
  contentDir: string;
  /** Where document `file` paths resolve: the public/ folder Next serves */
  publicDir: string;
  /** MDX cache; defaults to MDX_CACHE_DIR */
  cacheDir?: string;
  /**
   * How the bodies not yet in the cache are compiled: in this process by default (the build's workers,
   * which find everything cached by the content check), in worker threads for `npm run content:check`.
   */
  compileMany?: CompileMany;
};

export function defaultLoadOptions(): LoadOptions {
  const env = getEnv();
  return { contentDir: env.CONTENT_DIR, publicDir: 'public', cacheDir: env.MDX_CACHE_DIR };
}

const COLLECTIONS = ['meetings', 'working-groups', 'documents', 'pages'] as const;
const GROUP_FILE = /^wg([1-9][0-9]*)$/;
const OUTCOMES_SUFFIX = '.outcomes.mdx';


function knownFields(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function parseWith<T>(schema: z.ZodType<T>, source: SourceFile, problems: ContentProblem[]): Parsed<T> | null {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { source, data: result.data };
  problems.push(...problemsFromZod(source.sourcePath, result.error, knownFields(schema)));
  return null;
}

/**
 * Reads the .mdx files of one collection, reporting anything else found there. `slugs` names every English
 * .mdx file, including those whose frontmatter could not be read, so references to them are not reported
 * twice. Translations (`<name>.<code>.mdx`) come apart, read but not yet checked; a file naming a language
 * the site does not have is reported and not read.
 */
async function readCollection(
  contentDir: string,
  collection: string,
  problems: ContentProblem[],
): Promise<{ sources: SourceFile[]; slugs: Set<string>; translations: TranslationSource[] }> {
  const entries = await listDir(path.join(/* turbopackIgnore: true */ contentDir, collection));
  const english: string[] = [];
  const translated: { name: string; base: string; locale: Locale }[] = [];
  for (const entry of entries) {
    if (!entry.isFile || !entry.name.endsWith('.mdx')) {
      problems.push({ file: `${collection}/${entry.name}`, field: '', message: 'expected only .mdx files in this folder' });
      continue;
    }
    const name = parseName(`${collection}/${entry.name}`, entry.name, problems);
    if (name?.locale) translated.push({ name: entry.name, base: name.base, locale: name.locale });
    else if (name) english.push(entry.name);
  }
  const slugs = english.map((name) => name.slice(0, -'.mdx'.length));
  const [sources, translationSources] = await Promise.all([
    Promise.all(english.map((name, i) => readSource(contentDir, `${collection}/${name}`, slugs[i]!, problems))),
    Promise.all(
      translated.map(async (t): Promise<TranslationSource | null> => {
        const source = await readSource(contentDir, `${collection}/${t.name}`, t.base, problems);
        return source && { source, locale: t.locale, englishPath: englishPathOf(collection, t.base) };
      }),
    ),
  ]);
  return {
    sources: sources.filter((file): file is SourceFile => file !== null),
    slugs: new Set(slugs),
    translations: translationSources.filter((t): t is TranslationSource => t !== null),
  };
}

/** A file name's base and language; null (and a problem) for a language code the site does not have. */
function parseName(file: string, name: string, problems: ContentProblem[]): { base: string; locale: Locale | null } | null {
  const parsed = parseContentFileName(name);
  if ('message' in parsed) {
    problems.push({ file, field: '', message: parsed.message });
    return null;
  }
  return parsed;
}

function checkKebab(source: SourceFile, problems: ContentProblem[]): void {
  if (!KEBAB_CASE.test(source.slug)) {
    problems.push({
      file: source.sourcePath,
      field: '',
      message: `expected a kebab-case file name (lower-case letters, digits and single hyphens), got "${source.slug}"`,
    });
  }
}

async function fileInfoFor(
  publicDir: string,
  file: string,
): Promise<{ type: string; bytes: number } | null> {
  const root = path.resolve(/* turbopackIgnore: true */ publicDir);
  const absolute = path.resolve(/* turbopackIgnore: true */ root, `.${file}`);
  if (!absolute.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(/* turbopackIgnore: true */ absolute);
    if (!info.isFile()) return null;
    const extension = path.extname(file).slice(1).toUpperCase();
    return { type: extension || 'FILE', bytes: info.size };
  } catch {
    return null;
  }
}

/**
 * Loads and checks everything, English files and their translations; the problems list is empty exactly
 * when `site` is not null. `content` is the site in English (`site.inLocale('en')`).
 */
export async function checkContent(
  options: LoadOptions = defaultLoadOptions(),
): Promise<{ content: SiteContent | null; site: MultilingualContent | null; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const { contentDir } = options;
  const translationSources: TranslationSource[] = [];

  // The layout itself: platform.mdx (and its translations) and the four collection folders, nothing else.
  for (const entry of await listDir(contentDir)) {
    const known = entry.isDirectory
      ? (COLLECTIONS as readonly string[]).includes(entry.name)
      : entry.name === 'platform.mdx' || entry.name === 'README.md';
    if (!known && entry.isFile && /^platform\.[a-z]{2}\.mdx$/.test(entry.name)) {
      const name = parseName(entry.name, entry.name, problems);
      if (name?.locale) {
        const source = await readSource(contentDir, entry.name, 'platform', problems);
        if (source) translationSources.push({ source, locale: name.locale, englishPath: 'platform.mdx' });
      }
      continue;
    }
    if (!known) {
      problems.push({
        file: entry.name,
        field: '',
        message: `unexpected ${entry.isDirectory ? 'folder' : 'file'}: expected platform.mdx, its translations (platform.fr.mdx) and the folders ${COLLECTIONS.join(', ')}`,
      });
    }
  }

  let platformSource: SourceFile | null = null;
  try {
    await stat(path.join(/* turbopackIgnore: true */ contentDir, 'platform.mdx'));
    platformSource = await readSource(contentDir, 'platform.mdx', 'platform', problems);
  } catch {
    problems.push({ file: 'platform.mdx', field: '', message: 'expected this file (the Platform: home page), found none' });
  }
  const platformParsed = platformSource ? parseWith(platformFrontmatterSchema, platformSource, problems) : null;

  // Working groups: wgN.mdx with number N.
  const groups: Parsed<z.infer<typeof workingGroupFrontmatterSchema>>[] = [];
  const groupFiles = await readCollection(contentDir, 'working-groups', problems);
  translationSources.push(...groupFiles.translations);
  for (const source of groupFiles.sources) {
    const match = GROUP_FILE.exec(source.slug);
    if (!match) {
      problems.push({
        file: source.sourcePath,
        field: '',
        message: `expected a file name wgN.mdx, such as wg1.mdx, got "${source.slug}.mdx"`,
      });
      continue;
    }
    const parsed = parseWith(workingGroupFrontmatterSchema, source, problems);
    if (!parsed) continue;
    if (parsed.data.number !== Number(match[1])) {
      problems.push({
        file: source.sourcePath,
        field: 'number',
        message: `expected ${match[1]}, the number in the file name ${source.slug}.mdx, got number ${parsed.data.number}`,
      });
      continue;
    }
    groups.push(parsed);
  }
  groups.sort((a, b) => a.data.number - b.data.number);
  // Ids come from the file names, so a group file with a mistake does not also fail every meeting of the group.
  const groupIds = [...groupFiles.slugs]
    .filter((slug) => GROUP_FILE.test(slug))
    .sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
  const bodyIds = [PLATFORM_ID, ...groupIds];
  const bodyList = bodyIds.join(', ');

  // Meetings and their outcomes.
  const meetingFiles = await readCollection(contentDir, 'meetings', problems);
  translationSources.push(...meetingFiles.translations);
  const outcomeSources = meetingFiles.sources.filter((s) => s.sourcePath.endsWith(OUTCOMES_SUFFIX));
  const meetings: Parsed<z.infer<typeof meetingFrontmatterSchema>>[] = [];
  for (const source of meetingFiles.sources.filter((s) => !s.sourcePath.endsWith(OUTCOMES_SUFFIX))) {
    checkKebab(source, problems);
    const parsed = parseWith(meetingFrontmatterSchema, source, problems);
    if (!parsed) continue;
    const { data } = parsed;
    if (!bodyIds.includes(data.body)) {
      problems.push({ file: source.sourcePath, field: 'body', message: `expected one of ${bodyList}, got "${data.body}"` });
    }
    if (data.date.precision === 'day') {
      for (const key of ['start', 'end'] as const) {
        const time = data.date[key];
        if (time && resolveZonedTime(parseWallTime(data.date.day, time), data.timeZone).kind === 'gap') {
          problems.push({
            file: source.sourcePath,
            field: `date.${key}`,
            message: `expected a time that exists in ${data.timeZone} on ${data.date.day} (clocks go forward that night), got "${time}"`,
          });
        }
      }
    }
    if (data.registrationDeadline) {
      const lastDay = data.date.precision === 'day' ? data.date.day : lastDayOfMonth(data.date.month);
      if (data.registrationDeadline > lastDay) {
        problems.push({
          file: source.sourcePath,
          field: 'registrationDeadline',
          message: `expected a day on or before the meeting (${lastDay}), got "${data.registrationDeadline}"`,
        });
      }
    }
    meetings.push(parsed);
  }
  const meetingBySlug = new Map(meetings.map((m) => [m.source.slug, m]));
  const meetingSlugs = new Set([...meetingFiles.slugs].filter((slug) => !slug.endsWith('.outcomes')));

  const outcomesBySlug = new Map<string, Parsed<z.infer<typeof outcomesFrontmatterSchema>>>();
  for (const source of outcomeSources) {
    const meetingSlug = source.slug.slice(0, -'.outcomes'.length);
    const parsed = parseWith(outcomesFrontmatterSchema, { ...source, slug: meetingSlug }, problems);
    if (!meetingSlugs.has(meetingSlug)) {
      problems.push({
        file: source.sourcePath,
        field: '',
        message: `expected a meeting file meetings/${meetingSlug}.mdx beside these outcomes, found none`,
      });
      continue;
    }
    const meeting = meetingBySlug.get(meetingSlug);
    if (meeting && meeting.data.status !== 'held') {
      problems.push({
        file: source.sourcePath,
        field: '',
        message: `expected outcomes only for a held meeting, but meetings/${meetingSlug}.mdx has status "${meeting.data.status}"`,
      });
    }
    if (parsed) outcomesBySlug.set(meetingSlug, parsed);
  }

  // Working groups point at the meeting that created them.
  for (const group of groups) {
    const createdAt = group.data.createdAt;
    if (createdAt && !meetingSlugs.has(createdAt)) {
      problems.push({
        file: group.source.sourcePath,
        field: 'createdAt',
        message: `expected the slug of a meeting in meetings/, got "${createdAt}"`,
      });
    }
  }

  // Documents.
  const documents: (Parsed<z.infer<typeof documentFrontmatterSchema>> & { fileInfo: SiteDocument['fileInfo'] })[] = [];
  const documentFiles = await readCollection(contentDir, 'documents', problems);
  translationSources.push(...documentFiles.translations);
  for (const source of documentFiles.sources) {
    checkKebab(source, problems);
    const parsed = parseWith(documentFrontmatterSchema, source, problems);
    if (!parsed) continue;
    const { data } = parsed;
    if (!bodyIds.includes(data.owner)) {
      problems.push({ file: source.sourcePath, field: 'owner', message: `expected one of ${bodyList}, got "${data.owner}"` });
    }
    if (data.meeting !== undefined) {
      const meeting = meetingBySlug.get(data.meeting);
      if (!meetingSlugs.has(data.meeting)) {
        problems.push({
          file: source.sourcePath,
          field: 'meeting',
          message: `expected the slug of a meeting in meetings/, got "${data.meeting}"`,
        });
      } else if (meeting && meeting.data.body !== data.owner) {
        problems.push({
          file: source.sourcePath,
          field: 'owner',
          message: `expected "${meeting.data.body}", the organising body of meeting ${data.meeting}, got "${data.owner}"`,
        });
      }
    }
    let fileInfo: SiteDocument['fileInfo'] = null;
    if (data.file) {
      fileInfo = await fileInfoFor(options.publicDir, data.file);
      if (!fileInfo) {
        problems.push({
          file: source.sourcePath,
          field: 'file',
          message: `expected a file at public${data.file}, found none`,
        });
      }
    }
    documents.push({ ...parsed, fileInfo });
  }

  // Plain pages.
  const pages: Parsed<z.infer<typeof pageFrontmatterSchema>>[] = [];
  const pageFiles = await readCollection(contentDir, 'pages', problems);
  translationSources.push(...pageFiles.translations);
  for (const source of pageFiles.sources) {
    checkKebab(source, problems);
    const parsed = parseWith(pageFrontmatterSchema, source, problems);
    if (parsed) pages.push(parsed);
  }

  // Translations, each against the English file it translates.
  const englishPaths = new Set<string>([
    ...(platformSource ? ['platform.mdx'] : []),
    ...[...groupFiles.slugs].map((slug) => `working-groups/${slug}.mdx`),
    ...[...meetingFiles.slugs].map((slug) => `meetings/${slug}.mdx`),
    ...[...documentFiles.slugs].map((slug) => `documents/${slug}.mdx`),
    ...[...pageFiles.slugs].map((slug) => `pages/${slug}.mdx`),
  ]);
  const englishItems = new Map<string, EnglishItem>(
    [
      ...(platformParsed ? [{ kind: 'platform' as const, source: platformParsed.source }] : []),
      ...groups.map((g) => ({ kind: 'working-group' as const, source: g.source })),
      ...meetings.map((m) => ({ kind: 'meeting' as const, source: m.source })),
      ...[...outcomesBySlug.values()].map((o) => ({ kind: 'outcomes' as const, source: o.source })),
      ...documents.map((d) => ({ kind: 'document' as const, source: d.source })),
      ...pages.map((p) => ({ kind: 'page' as const, source: p.source })),
    ].map((item) => [item.source.sourcePath, item]),
  );
  const translations = checkTranslations(translationSources, englishPaths, englishItems, problems);

  // Compile every body, translations too, collecting MDX errors with the rest.
  const compiled = new Map<string, string>();
  const allSources = [
    ...[...englishItems.values()].map((item) => item.source),
    ...[...translations.values()].flatMap((byLocale) => [...byLocale.values()].map((t) => t.source)),
  ];
  const results = await (options.compileMany ?? compileMdxInProcess)(
    allSources.map((source) => ({ source: source.body, filePath: source.sourcePath, lineOffset: source.bodyLine })),
    options.cacheDir,
  );
  allSources.forEach((source, i) => {
    const result = results[i]!;
    if ('code' in result) compiled.set(source.sourcePath, result.code);
    else problems.push({ file: source.sourcePath, field: 'body', message: `expected valid MDX, got an error: ${result.error.message}` });
  });

  if (problems.length > 0 || !platformParsed) return { content: null, site: null, problems };
  const site = assembleSite(
    { platform: platformParsed, groups, meetings, outcomesBySlug, documents, pages, translations },
    (source) => compiled.get(source.sourcePath) ?? '',
  );
  return { content: site.inLocale('en'), site, problems };
}

/** Loads the whole site in English, or throws a ContentError whose message lists every problem. */
export async function loadContent(options: LoadOptions = defaultLoadOptions()): Promise<SiteContent> {
  return (await loadSite(options)).inLocale('en');
}

/**
 * Loads the whole site with its translations (`site.inLocale(locale)` per language), or throws a
 * ContentError whose message lists every problem.
 */
export async function loadSite(options: LoadOptions = defaultLoadOptions()): Promise<MultilingualContent> {
  const { site, problems } = await checkContent(options);
  if (!site) throw new ContentError(problems, options.contentDir);
  return site;
}

function lastDayOfMonth(month: string): string {
  const period = datePeriod({ precision: 'month', month }, 'UTC');
  return new Date(period.end.getTime() - 1).toISOString().slice(0, 10);
}
