import { sortMeetings } from '@/lib/dates/meeting';
import { getMessages } from '@/lib/i18n';
import type { SourceFile } from './read';
import {
  PLATFORM_ID,
  type DocumentFrontmatter,
  type MeetingFrontmatter,
  type OutcomesFrontmatter,
  type PageFrontmatter,
  type PlatformFrontmatter,
  type WorkingGroupFrontmatter,
} from './schema';
import type { Body, Meeting, Page, Platform, SiteContent, SiteDocument, WorkingGroup } from './types';

/** A file whose frontmatter passed its schema. */
export type Parsed<T> = { source: SourceFile; data: T };

/** Everything the loader validated, before it becomes the site. */
export type ParsedSite = {
  platform: Parsed<PlatformFrontmatter>;
  groups: Parsed<WorkingGroupFrontmatter>[];
  meetings: Parsed<MeetingFrontmatter>[];
  outcomesBySlug: Map<string, Parsed<OutcomesFrontmatter>>;
  documents: (Parsed<DocumentFrontmatter> & { fileInfo: SiteDocument['fileInfo'] })[];
  pages: Parsed<PageFrontmatter>[];
};

/** Builds the site from validated files: derived fields, links between items, and every list in its order. */
export function assembleContent(parsed: ParsedSite, compiledCode: (source: SourceFile) => string): SiteContent {
  const bodyOf = (source: SourceFile) => ({
    mdx: compiledCode(source),
    source: source.body,
    sourcePath: source.sourcePath,
  });

  const platform: Platform = { ...parsed.platform.data, ...bodyOf(parsed.platform.source) };
  const workingGroups: WorkingGroup[] = [...parsed.groups]
    .sort((a, b) => a.data.number - b.data.number)
    .map(({ source, data }) => ({ ...data, ...bodyOf(source), id: source.slug, slug: source.slug }));
  const documents: SiteDocument[] = parsed.documents
    .map(({ source, data, fileInfo }) => ({
      ...data,
      ...bodyOf(source),
      slug: source.slug,
      href: data.file ?? data.url ?? '',
      fileInfo,
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  // Sorted by slug first, so meetings at the same instant keep a stable order.
  const meetings: Meeting[] = sortMeetings(
    [...parsed.meetings]
      .sort((a, b) => a.source.slug.localeCompare(b.source.slug))
      .map(({ source, data }) => {
        const outcomes = parsed.outcomesBySlug.get(source.slug);
        return {
          ...data,
          ...bodyOf(source),
          slug: source.slug,
          outcomes: outcomes ? { ...outcomes.data, ...bodyOf(outcomes.source) } : null,
          documents: documents.filter((d) => d.meeting === source.slug),
        };
      }),
  );
  const pages: Page[] = parsed.pages
    .map(({ source, data }) => ({ ...data, ...bodyOf(source), slug: source.slug }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  // "Working Group 1: Digital Innovation Hubs, investments and skills", the seed's way of naming a group.
  const t = getMessages().pages.workingGroups;
  const bodies: Body[] = [
    { id: PLATFORM_ID, name: platform.title, shortName: platform.shortTitle, href: '/' },
    ...workingGroups.map((g) => ({
      id: g.id,
      name: t.groupTitle(g.number, g.title),
      shortName: t.groupName(g.number),
      href: `/working-groups/${g.slug}`,
    })),
  ];
  return { platform, workingGroups, meetings, documents, pages, bodies };
}
