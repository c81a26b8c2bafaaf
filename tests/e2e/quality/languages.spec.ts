import { expect, test } from '@playwright/test';
import { localizedPath } from '@/i18n/paths';
import { LANGUAGE_LIST_ORDER } from '@/lib/i18n/language-list';
import { localeOfPath } from '@/lib/i18n/localized-paths';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales';
import { EVERY_LANGUAGE_PATHS, getCrawl, pageType, SAMPLE_LANGUAGES } from '../support/crawl';
import { languageProblems, report } from '../support/gates';

/**
 * S-I18N in the quality gates: the crawl holds, besides the English site, every language's home page and
 * form and every page type in Polish and Irish (support/crawl.ts, languageSample), so the other gates
 * (axe, the HTML checker, headers, no cookie, the document and chrome rules, no JavaScript) run on them
 * too. This spec checks what is particular to languages on every crawled page, and that the sample is
 * really there.
 */

test('every language version of the sampled pages is crawled: the home page and the form in all 24, every page type in Polish and Irish', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  const found = new Set(crawl.pages.filter((p) => !p.expectNotFound).map((p) => new URL(p.url).pathname));
  const missing: string[] = [];
  for (const code of LOCALES) for (const p of EVERY_LANGUAGE_PATHS) if (!found.has(localizedPath(p, code))) missing.push(localizedPath(p, code));
  const englishTypes = new Set([...found].filter((p) => localeOfPath(p) === DEFAULT_LOCALE).map(pageType));
  expect(englishTypes.size, 'the English crawl reached several page types').toBeGreaterThan(5);
  for (const code of SAMPLE_LANGUAGES) {
    const types = new Set([...found].filter((p) => localeOfPath(p) === code).map((p) => pageType(p.slice(code.length + 1) || '/')));
    for (const type of englishTypes) if (!types.has(type)) missing.push(`a page of type ${type} in ${code}`);
  }
  expect(missing, `language versions the crawl did not reach with 200:\n${missing.join('\n')}`).toEqual([]);
});

test('every page names its language, lists the 24 languages leading to itself in each, and marks English content shown in another language', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const crawl = await getCrawl(baseURL!);
  const problems = new Map(crawl.pages.map((p) => [p.path, languageProblems(p.doc, new URL(p.url), crawl.origin, p.expectNotFound)]));
  expect([...problems.values()].flat(), report('pages whose language parts are wrong (served HTML)', problems)).toEqual([]);
  // Not vacuous: pages in every language were checked, and some showed English content under the notice.
  const languages = new Set(crawl.pages.map((p) => localeOfPath(new URL(p.url).pathname)));
  expect([...languages].sort()).toEqual([...LANGUAGE_LIST_ORDER].sort());
  const withNotice = crawl.pages.filter((p) => p.html.includes('data-language-notice'));
  expect(withNotice.length, 'pages showing English content under the notice').toBeGreaterThan(0);
});
