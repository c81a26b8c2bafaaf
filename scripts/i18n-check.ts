/**
 * `npm run i18n:check` (S-I18N-4), part of `npm test`: checks everything translators work on and exits 1
 * when any part has a problem, printing every problem (never only the first).
 *
 *   npm run i18n:check                                  every part, on CONTENT_DIR (default content/)
 *   npm run i18n:check -- --fingerprint meetings/x.mdx  print the fingerprint a new translation of that
 *                                                       English file records as translatedFrom
 *
 * Each part is one function returning an I18nCheckResult (lib/i18n/check-report.ts): the content
 * translations (lib/content/translation-report.ts) and the message catalogues (lib/i18n/catalogue-check.ts:
 * every key, placeholders, plural and select arguments as in English, each language's CLDR plural
 * categories, ICU syntax).
 *
 *   npm run i18n:check -- --messages <dir>              the catalogues of another folder (default messages/)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLoadOptions } from '@/lib/content/load';
import { readSource } from '@/lib/content/read';
import { formatProblem, type ContentProblem } from '@/lib/content/report';
import { checkContentTranslations } from '@/lib/content/translation-report';
import { fingerprintOf } from '@/lib/content/translation';
import type { ContentKind } from '@/lib/content/schema';
import { checkCatalogues } from '@/lib/i18n/catalogue-check';
import type { I18nCheckResult } from '@/lib/i18n/check-report';

function parts(messagesDir: string): { name: string; run: () => Promise<I18nCheckResult> }[] {
  return [
    { name: 'content translations', run: () => checkContentTranslations(defaultLoadOptions()) },
    { name: 'message catalogues', run: async () => checkCatalogues(messagesDir) },
  ];
}

function kindOf(englishPath: string): ContentKind | null {
  if (englishPath === 'platform.mdx') return 'platform';
  if (englishPath.startsWith('working-groups/')) return 'working-group';
  if (englishPath.startsWith('meetings/')) return englishPath.endsWith('.outcomes.mdx') ? 'outcomes' : 'meeting';
  if (englishPath.startsWith('documents/')) return 'document';
  if (englishPath.startsWith('pages/')) return 'page';
  return null;
}

async function printFingerprint(englishPath: string): Promise<number> {
  const { contentDir } = defaultLoadOptions();
  const kind = kindOf(englishPath);
  if (!kind) {
    console.error(`i18n:check: expected the path of an English content file under ${contentDir}, such as meetings/x.mdx, got "${englishPath}"`);
    return 1;
  }
  if (!existsSync(path.join(contentDir, englishPath))) {
    console.error(`i18n:check: expected an English content file ${englishPath} under ${contentDir}, found none`);
    return 1;
  }
  const problems: ContentProblem[] = [];
  const source = await readSource(contentDir, englishPath, '', problems);
  if (!source) {
    console.error(problems.map(formatProblem).join('\n'));
    return 1;
  }
  console.log(fingerprintOf(kind, source.data, source.body));
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { fingerprint: { type: 'string' }, messages: { type: 'string', default: 'messages' } } });
  if (values.fingerprint) return printFingerprint(values.fingerprint);
  let failed = false;
  for (const part of parts(values.messages)) {
    const result = await part.run();
    const out = result.problems.length ? console.error : console.log;
    out(`i18n:check ${result.name}: ${result.summary}${result.problems.length ? ':' : '.'}`);
    for (const line of result.problems) out(`  ${line}`);
    failed ||= result.problems.length > 0;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
