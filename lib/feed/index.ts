import 'server-only';
import { getBodies, getMeetings, getPlatform } from '@/lib/content';
import { getContentCommitDates } from '@/lib/content/history';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, getMessages } from '@/lib/i18n';
import { mdxToPlainText } from '@/lib/search/plain-text';
import { FEED_PATH } from './paths';
import { stableUrn } from './stable-id';
import { writeAtom, type AtomEntry } from './write-atom';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export { FEED_PATH } from './paths';


/** The first words of an outcomes text, cut at a word boundary. */
function outcomesSummary(source: string, fallback: string): string {
  const text = mdxToPlainText(source);
  if (!text) return fallback;
  if (text.length <= SUMMARY_LENGTH) return text;
  return `${text.slice(0, text.lastIndexOf(' ', SUMMARY_LENGTH))} …`;
}

const SUMMARY_LENGTH = 300;

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** The day a meeting's date names (its month's first day for a month-only date), as a fallback edit date. */
function meetingDay(meeting: { date: { precision: 'day'; day: string } | { precision: 'month'; month: string } }): Date {
  return dayStart(meeting.date.precision === 'day' ? meeting.date.day : `${meeting.date.month}-01`);
}

/**
 * The Atom feed of every meeting and every published outcome, and the instant it last changed. Entry
 * dates come from the content: the last commit of the file (lib/content/history.ts), or without one the
 * meeting's day or the outcomes' `published` date; never file times (decision 0124).
 */
export async function getAtomFeed(): Promise<{ xml: string; updated: Date }> {
  const siteUrl = getEnv().SITE_URL;
  const t = getMessages().feeds;
  const [platform, meetings, bodies, commits] = await Promise.all([getPlatform(), getMeetings(), getBodies(), getContentCommitDates()]);
  const bodyName = (id: string) => bodies.find((b) => b.id === id)?.name;

  const entries: AtomEntry[] = [];
  for (const m of meetings) {
    const url = `${siteUrl}/meetings/${encodeURIComponent(m.slug)}`;
    const category = bodyName(m.body);
    entries.push({
      id: stableUrn(`meeting/${m.slug}`),
      title: m.title,
      url,
      updated: commits.get(m.sourcePath) ?? meetingDay(m),
      summary: m.summary,
      ...(category ? { categories: [category] } : {}),
    });
    if (m.outcomes) {
      const published = m.outcomes.published ? dayStart(m.outcomes.published) : undefined;
      const changed = commits.get(m.outcomes.sourcePath) ?? published ?? meetingDay(m);
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
  const newest = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
  const xml = writeAtom({
    id: stableUrn('feed'),
    language: DEFAULT_LOCALE,
    title: t.feedTitle,
    subtitle: t.feedSubtitle,
    selfUrl: `${siteUrl}${FEED_PATH}`,
    alternateUrl: `${siteUrl}/meetings`,
    authorName: platform.title,
    authorUrl: `${siteUrl}/`,
    entries,
    fallbackUpdated: newest,
  });
  return { xml, updated: newest };
}
