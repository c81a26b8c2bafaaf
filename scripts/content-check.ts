/**
 * `npm run content:check`: validates the content directory (CONTENT_DIR, default content/) exactly as the
 * build does, translations included, without building. Prints every problem and exits 1, or prints one
 * line of counts and exits 0.
 */
import { checkContent, defaultLoadOptions } from '@/lib/content/load';
import { formatReport } from '@/lib/content/report';
import { describeTranslations } from '@/lib/content/translation-report';

async function main(): Promise<number> {
  const options = defaultLoadOptions();
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
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
