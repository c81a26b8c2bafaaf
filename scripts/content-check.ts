/**
 * `npm run content:check`: validates the content directory (CONTENT_DIR, default content/) exactly as the
 * build does, translations included, without building. MDX bodies not yet in the cache compile in worker
 * threads (the cache then serves the build). Prints every problem and exits 1, or prints one line of counts
 * and exits 0.
 */
import { checkContent, defaultLoadOptions } from '@/lib/content/load';
import { getCompileStats } from '@/lib/content/mdx';
import { compileMdxInThreads } from '@/lib/content/mdx-pool';
import { formatReport } from '@/lib/content/report';
import { describeTranslations } from '@/lib/content/translation-report';

async function main(): Promise<number> {
  // Bodies not yet cached compile in one worker thread per core (a cold build's first, longest step).
  const options = { ...defaultLoadOptions(), compileMany: compileMdxInThreads() };
  const { content, site, problems } = await checkContent(options);
  if (!content || !site) {
    console.error(formatReport(problems, options.contentDir));
    return 1;
  }
  const held = content.meetings.filter((m) => m.outcomes).length;
  console.log(
    `Content OK in ${options.contentDir}: ${content.workingGroups.length} working groups, ` +
      `${content.meetings.length} meetings (${held} with outcomes), ${content.documents.length} documents, ` +
      `${content.pages.length} pages; ${describeTranslations(site.translations)}.`,
  );
  // The build's log then says what the MDX cache saved: an unchanged site compiles nothing.
  const mdx = getCompileStats();
  console.log(`MDX bodies: ${mdx.compiled} compiled (${mdx.compiledInThreads} in worker threads), ${mdx.cacheHits} from the cache.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
