/**
 * Generates a synthetic site of N content pages (default 1,000) for the build benchmark (S-PERF):
 * platform.mdx (home), 10 working groups, the two plain pages and meetings for the rest (a quarter held,
 * with outcomes), plus listed documents. Every file is valid against lib/content/schema.ts. The text is plainly synthetic ("Benchmark
 * meeting 0042") and never becomes site content: it is written under bench-results/ (git-ignored).
 *
 * With `--translated-meetings N`, each of the other 23 languages also gets translation files (decision 0130): the
 * home page, every group, the plain pages and the first N meetings, each recording the fingerprint of its
 * English text, so that the build makes those pages in every language (the benchmark's "24 languages").
 *
 *   npm run generate-site -- [--pages 1000] [--out bench-results/site/content] [--translated-meetings 0]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprintOf } from '../lib/content/translation';
import type { ContentKind } from '../lib/content/schema';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import {
  documentFrontmatterSchema,
  meetingFrontmatterSchema,
  outcomesFrontmatterSchema,
  pageFrontmatterSchema,
  platformFrontmatterSchema,
  workingGroupFrontmatterSchema,
} from '../lib/content/schema';

const GROUPS = 10;

type FrontmatterValue = string | number | boolean | FrontmatterValue[] | { [key: string]: FrontmatterValue | undefined };

/** YAML with every string double-quoted (JSON strings are valid YAML), so no value is read as a date. */
function yaml(value: FrontmatterValue, indent = ''): string {
  if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${yaml(v, `${indent}  `).trimStart()}`).join('');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        const inner = yaml(v as FrontmatterValue, `${indent}  `);
        return typeof v === 'object' && !Array.isArray(v) ? `\n${indent}${k}:${inner}` : `\n${indent}${k}:${Array.isArray(v) ? inner : ` ${inner}`}`;
      })
      .join('');
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function mdxFile(schema: { parse: (v: unknown) => unknown }, data: { [key: string]: FrontmatterValue | undefined }, body: string): string {
  schema.parse(data); // fail here, with zod's message, rather than in the benchmark's build
  return `---${yaml(data)}\n---\n\n${body}\n`;
}

const pad = (n: number) => String(n).padStart(4, '0');

/** A body that exercises what real content uses: headings, lists, a GFM table, links, emphasis. */
function body(kind: string, n: number): string {
  return [
    `## About ${kind} ${pad(n)}`,
    '',
    `This is synthetic text for benchmark ${kind} number ${n}. It has **strong** and _emphasised_ words,`,
    `a [link to the meetings](/meetings) and a footnote-free paragraph long enough to look like prose.`,
    '',
    '- first point of the agenda',
    '- second point, with `code`',
    '- third point',
    '',
    '| Item | Owner | Status |',
    '| --- | --- | --- |',
    `| Item ${n}.1 | Secretariat | Open |`,
    `| Item ${n}.2 | Working group ${(n % GROUPS) + 1} | Closed |`,
    '',
    '### Next steps',
    '',
    `1. Read the documents of ${kind} ${pad(n)}.`,
    '2. Send comments to the secretariat.',
  ].join('\n');
}

type Written = { file: string; kind: ContentKind; data: { [key: string]: FrontmatterValue | undefined }; body: string };

/** The translation of one English file into `code`: its translatable fields marked with the language, and its fingerprint. */
function translation(code: string, english: Written): string {
  const tag = (text: string) => `[${code}] ${text}`;
  const data: { [key: string]: FrontmatterValue | undefined } = { translatedFrom: fingerprintOf(english.kind, english.data, english.body) };
  const fields: Record<ContentKind, string[]> = {
    platform: ['title', 'shortTitle', 'description', 'initiative', 'initiativeShort', 'owner'],
    'working-group': ['title', 'summary'],
    meeting: ['title', 'summary'],
    outcomes: ['title'],
    document: ['title'],
    page: ['title', 'description'],
  };
  for (const key of fields[english.kind]) if (typeof english.data[key] === 'string') data[key] = tag(english.data[key] as string);
  if (english.kind === 'meeting' && Array.isArray(english.data.agenda)) data.agenda = english.data.agenda.map((item) => tag(String(item)));
  return `---${yaml(data)}\n---\n\n${english.body.replace(/synthetic text/g, `synthetic text in ${code}`)}\n`;
}

/**
 * @param options.translatedMeetings - with a number, translations into the other 23 languages of the home
 *   page, the groups, the plain pages and the first that many meetings
 */
export async function generateSite(out: string, pages: number, options: { translatedMeetings?: number } = {}): Promise<Record<string, number>> {
  await rm(out, { recursive: true, force: true });
  const written: Written[] = [];
  const write = async (file: string, kind: ContentKind, schema: { parse: (v: unknown) => unknown }, data: Written['data'], text: string) => {
    await writeFile(path.join(out, file), mdxFile(schema, data, text));
    written.push({ file, kind, data, body: text });
  };
  for (const dir of ['meetings', 'working-groups', 'documents', 'pages']) await mkdir(path.join(out, dir), { recursive: true });
  const counts: Record<string, number> = { platform: 1, 'working-groups': GROUPS, pages: 2, meetings: 0, outcomes: 0, documents: 0 };

  await write(
    'platform.mdx',
    'platform',
    platformFrontmatterSchema,
    {
      title: 'Benchmark platform',
      shortTitle: 'Benchmark',
      description: 'A synthetic site generated for the build benchmark.',
      initiative: 'Benchmark initiative',
      initiativeShort: 'BI',
      owner: 'the benchmark secretariat',
    },
    body('platform', 0),
  );
  for (const slug of ['privacy', 'accessibility']) {
    await write(`pages/${slug}.mdx`, 'page', pageFrontmatterSchema, { title: `Benchmark ${slug} page`, description: `Synthetic ${slug} page.`, updated: '2026-01-01', version: '1' }, body(slug, 0));
  }
  const firstMeeting = 'benchmark-meeting-0001';
  for (let g = 1; g <= GROUPS; g += 1) {
    await write(
      `working-groups/wg${g}.mdx`,
      'working-group',
      workingGroupFrontmatterSchema,
      { number: g, title: `Benchmark group ${g}`, mandate: `Synthetic mandate of benchmark group ${g}.`, summary: `Synthetic summary of group ${g}.`, createdAt: firstMeeting },
      body('working group', g),
    );
  }

  // A page per route: home, groups, plain pages, and a meeting page for the rest. Documents are listed
  // (on /documents and their group or meeting), not pages of their own: one for every twenty pages.
  const meetings = pages - 1 - GROUPS - 2;
  const documents = Math.floor(pages / 20);
  for (let n = 1; n <= meetings; n += 1) {
    const slug = `benchmark-meeting-${pad(n)}`;
    const held = n % 4 === 1;
    const day = `20${String(18 + (n % 10)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    const bodyId = n === 1 || n % (GROUPS + 1) === 0 ? 'platform' : `wg${(n % GROUPS) + 1}`;
    await write(
      `meetings/${slug}.mdx`,
      'meeting',
      meetingFrontmatterSchema,
      {
        title: `Benchmark meeting ${pad(n)}`,
        summary: `Synthetic meeting ${n} for the build benchmark.`,
        body: bodyId,
        status: held ? 'held' : 'scheduled',
        date: { precision: 'day', day, start: '10:00', end: '16:30' },
        format: 'in-person',
        venue: { city: 'Brussels', country: 'Belgium' },
        agenda: ['Welcome', 'Progress report', 'Next steps'],
      },
      body('meeting', n),
    );
    counts.meetings! += 1;
    if (held) {
      await writeFile(path.join(out, 'meetings', `${slug}.outcomes.mdx`), mdxFile(outcomesFrontmatterSchema, { title: 'Outcomes' }, body('outcome', n)));
      counts.outcomes! += 1;
    }
  }
  for (let n = 1; n <= documents; n += 1) {
    await writeFile(
      path.join(out, 'documents', `benchmark-document-${pad(n)}.mdx`),
      mdxFile(
        documentFrontmatterSchema,
        { title: `Benchmark document ${pad(n)}`, date: '2026-01-01', languages: ['en', 'fr'], url: `https://example.eu/benchmark/${n}.pdf`, owner: `wg${(n % GROUPS) + 1}`, kind: 'report' },
        body('document', n),
      ),
    );
    counts.documents! += 1;
  }
  if (options.translatedMeetings !== undefined) {
    const translated = written.filter((w) => w.kind !== 'meeting' || Number(/(\d+)\.mdx$/.exec(w.file)?.[1]) <= options.translatedMeetings!);
    counts.translations = 0;
    for (const code of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      for (const english of translated) {
        await writeFile(path.join(out, english.file.replace(/\.mdx$/, `.${code}.mdx`)), translation(code, english));
        counts.translations += 1;
      }
    }
  }
  return counts;
}

async function main() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'bench-results/site/content' },
      'translated-meetings': { type: 'string' },
    },
  });
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 20) throw new Error('--pages must be a whole number of 20 or more');
  const translatedMeetings = values['translated-meetings'] === undefined ? undefined : Number(values['translated-meetings']);
  const counts = await generateSite(path.resolve(values.out), pages, { translatedMeetings });
  console.log(`generate-site: ${path.resolve(values.out)}`, counts);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
