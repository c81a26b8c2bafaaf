import 'server-only';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { getBodies, getMeetings, getPlatform } from '@/lib/content';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, getMessages } from '@/lib/i18n';
import { mdxToPlainText } from '@/lib/search/plain-text';
import { FEED_PATH } from './paths';
import { stableUrn } from './stable-id';
import { writeAtom, type AtomEntry } from './write-atom';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export { FEED_PATH } from './paths';

/** A content file's last change on disk: the only edit date content has (decision 0051). */
async function modified(sourcePath: string): Promise<Date> {
  return (await stat(path.join(getEnv().CONTENT_DIR, sourcePath))).mtime;
}

/** The first words of an outcomes text, cut at a word boundary. */
function outcomesSummary(source: string, fallback: string): string {
  const text = mdxToPlainText(source);
  if (!text) return fallback;
  if (text.length <= SUMMARY_LENGTH) return text;
  return `${text.slice(0, text.lastIndexOf(' ', SUMMARY_LENGTH))} …`;
}

const SUMMARY_LENGTH = 300;

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** The Atom feed of every meeting and every published outcome. */
export async function getAtomFeed(now: Date): Promise<string> {
  const siteUrl = getEnv().SITE_URL;
  const t = getMessages().feeds;
  const [platform, meetings, bodies] = await Promise.all([getPlatform(), getMeetings(), getBodies()]);
  const bodyName = (id: string) => bodies.find((b) => b.id === id)?.name;

  const entries: AtomEntry[] = [];
  for (const m of meetings) {
    const url = `${siteUrl}/meetings/${encodeURIComponent(m.slug)}`;
    const category = bodyName(m.body);
    entries.push({
      id: stableUrn(`meeting/${m.slug}`),
      title: m.title,
      url,
      updated: await modified(m.sourcePath),
      summary: m.summary,
      ...(category ? { categories: [category] } : {}),
    });
    if (m.outcomes) {
      const changed = await modified(m.outcomes.sourcePath);
      const published = m.outcomes.published ? dayStart(m.outcomes.published) : undefined;
      entries.push({
        id: stableUrn(`outcomes/${m.slug}`),
        title: t.outcomesEntryTitle(m.outcomes.title, m.title),
        url: `${url}#outcomes`,
        // An outcomes file dated in its frontmatter counts from that day, unless it was edited later.
        updated: published && published > changed ? published : changed,
        ...(published ? { published } : {}),
        summary: outcomesSummary(m.outcomes.source, m.summary),
        ...(category ? { categories: [category] } : {}),
      });
    }
  }
  return writeAtom({
    id: stableUrn('feed'),
    language: DEFAULT_LOCALE,
    title: t.feedTitle,
    subtitle: t.feedSubtitle,
    selfUrl: `${siteUrl}${FEED_PATH}`,
    alternateUrl: `${siteUrl}/meetings`,
    authorName: platform.title,
    authorUrl: `${siteUrl}/`,
    entries,
    fallbackUpdated: now,
  });
}
