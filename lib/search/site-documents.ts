import 'server-only';
import { getBodies, getDocuments, getMeetings, getPages, getPlatform, getWorkingGroups } from '@/lib/content';
import { readSource } from '@/lib/content/read';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import type { SearchDocument } from './engine';
import { mdxToPlainText } from './plain-text';

/** The plain text of a content file's body, read once when the index is built (never per query). */
async function bodyText(sourcePath: string): Promise<string> {
  const source = await readSource(getEnv().CONTENT_DIR, sourcePath, '', []);
  return source ? mdxToPlainText(source.body) : '';
}

/** Everything the site publishes, as search documents: the home page, pages, meetings, groups, documents. */
export async function collectSearchDocuments(): Promise<SearchDocument[]> {
  const [platform, pages, meetings, groups, documents, bodies] = await Promise.all([
    getPlatform(),
    getPages(),
    getMeetings(),
    getWorkingGroups(),
    getDocuments(),
    getBodies(),
  ]);
  const bodyName = (id: string) => bodies.find((b) => b.id === id)?.name ?? '';
  const languageName = getMessages().languages as Record<string, string | undefined>;

  const home: SearchDocument = {
    kind: 'page',
    url: '/',
    title: platform.title,
    summary: platform.description,
    body: await bodyText(platform.sourcePath),
    keywords: platform.initiative,
  };
  const pageDocs = await Promise.all(
    pages.map(async (p): Promise<SearchDocument> => ({
      kind: 'page',
      url: `/${p.slug}`,
      title: p.title,
      summary: p.description,
      body: await bodyText(p.sourcePath),
      keywords: '',
    })),
  );
  const meetingDocs = await Promise.all(
    meetings.map(async (m): Promise<SearchDocument> => ({
      kind: 'meeting',
      url: `/meetings/${m.slug}`,
      title: m.title,
      summary: m.summary,
      body: [
        await bodyText(m.sourcePath),
        ...(m.agenda ?? []),
        ...(m.outcomes ? [m.outcomes.title, await bodyText(m.outcomes.sourcePath)] : []),
      ]
        .filter(Boolean)
        .join(' '),
      keywords: [m.venue?.name, m.venue?.city, m.venue?.country, bodyName(m.body)].filter(Boolean).join(' '),
    })),
  );
  const groupDocs = await Promise.all(
    groups.map(async (g): Promise<SearchDocument> => ({
      kind: 'working-group',
      url: `/working-groups/${g.slug}`,
      title: bodyName(g.id) || g.title,
      summary: g.summary,
      body: [g.mandate, await bodyText(g.sourcePath)].join(' '),
      keywords: `${g.id} ${g.number}`,
    })),
  );
  const documentDocs = await Promise.all(
    documents.map(async (d): Promise<SearchDocument> => ({
      kind: 'document',
      url: `/documents#${d.slug}`,
      title: d.title,
      summary: [bodyName(d.owner), ...d.languages.map((l) => languageName[l] ?? l)].join(' · '),
      body: await bodyText(d.sourcePath),
      keywords: [d.kind, d.fileInfo?.type].filter(Boolean).join(' '),
    })),
  );
  return [home, ...pageDocs, ...meetingDocs, ...groupDocs, ...documentDocs];
}
