import 'server-only';
import { getBodies, getDocuments, getMeetings, getPages, getPlatform, getWorkingGroups } from '@/lib/content';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { languageName } from '@/lib/i18n/names';
import { getTranslator } from '@/lib/i18n/translator';
import { bodyNames } from '@/lib/site/bodies';
import type { SearchDocument } from './engine';
import { mdxToPlainText } from './plain-text';

/** The plain text of an item's MDX body, made once when the index is built (never per query). */
function bodyText(item: { source: string }): string {
  return mdxToPlainText(item.source);
}

/**
 * Everything the site publishes in one language, as search documents: the home page, pages, meetings,
 * groups, documents. Each item is in that language where translated, else in English, and its document's
 * `locale` says which (a meeting's outcomes count as part of the meeting).
 */
export async function collectSearchDocuments(locale: Locale = DEFAULT_LOCALE): Promise<SearchDocument[]> {
  const [platform, pages, meetings, groups, documents, bodies, groupWords] = await Promise.all([
    getPlatform(locale),
    getPages(locale),
    getMeetings(locale),
    getWorkingGroups(locale),
    getDocuments(locale),
    getBodies(locale),
    getTranslator(locale, 'pages.workingGroups'),
  ]);
  const bodyName = (id: string) => {
    const body = bodies.find((b) => b.id === id);
    return body ? bodyNames(body, groupWords).name : '';
  };

  const home: SearchDocument = {
    kind: 'page',
    url: '/',
    title: platform.title,
    summary: platform.description,
    body: bodyText(platform),
    keywords: platform.initiative,
    locale: platform.locale,
  };
  const pageDocs = pages.map(
    (p): SearchDocument => ({
      kind: 'page',
      url: `/${p.slug}`,
      title: p.title,
      summary: p.description,
      body: bodyText(p),
      keywords: '',
      locale: p.locale,
    }),
  );
  const meetingDocs = meetings.map(
    (m): SearchDocument => ({
      kind: 'meeting',
      url: `/meetings/${m.slug}`,
      title: m.title,
      summary: m.summary,
      body: [
        bodyText(m),
        ...(m.agenda ?? []),
        ...(m.outcomes ? [m.outcomes.title, bodyText(m.outcomes)] : []),
      ]
        .filter(Boolean)
        .join(' '),
      keywords: [m.venue?.name, m.venue?.city, m.venue?.country, bodyName(m.body)].filter(Boolean).join(' '),
      locale: m.locale,
    }),
  );
  const groupDocs = groups.map(
    (g): SearchDocument => ({
      kind: 'working-group',
      url: `/working-groups/${g.slug}`,
      title: bodyName(g.id) || g.title,
      summary: g.summary,
      body: [g.mandate, bodyText(g)].join(' '),
      keywords: `${g.id} ${g.number}`,
      locale: g.locale,
    }),
  );
  const documentDocs = documents.map(
    (d): SearchDocument => ({
      kind: 'document',
      url: `/documents#${d.slug}`,
      title: d.title,
      summary: [bodyName(d.owner), ...d.languages.map((l) => languageName(l, locale))].join(' · '),
      body: bodyText(d),
      keywords: [d.kind, d.fileInfo?.type].filter(Boolean).join(' '),
      locale: d.locale,
    }),
  );
  return [home, ...pageDocs, ...meetingDocs, ...groupDocs, ...documentDocs];
}
