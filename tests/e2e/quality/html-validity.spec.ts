import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getCrawl } from '../support/crawl';
import { runDir } from '../support/sites';
import { validateHtml } from '../support/vnu';

test('every page is valid HTML for the Nu HTML Checker (vnu), as served without JavaScript', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const crawl = await getCrawl(baseURL!);
  expect(crawl.pages.length, 'the crawl found no page to check').toBeGreaterThan(0);
  const dir = path.join(runDir(), `vnu-${test.info().project.name}`);
  const errors = validateHtml(
    crawl.pages.map((p) => ({ name: p.path, html: p.html })),
    dir,
  );
  const lines = errors.map(
    (e) => `  ${e.name}${e.line ? ` line ${e.line}${e.column ? `:${e.column}` : ''}` : ''}: ${e.message}${e.extract ? `\n      ${e.extract.replace(/\s+/g, ' ').trim()}` : ''}`,
  );
  expect(lines, `HTML errors (documents kept in ${dir} when E2E_KEEP_RUN_DIR=1):\n${lines.join('\n')}`).toEqual([]);
});
