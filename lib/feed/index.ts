import 'server-only';
import { getBodies, getMeetings, getPlatform } from '@/lib/content';
import { getContentCommitDates } from '@/lib/content/history';
import { getEnv } from '@/lib/env';
import { localizedPath } from '@/i18n/paths';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { bodyNames } from '@/lib/site/bodies';
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
 * The Atom feed of every meeting and every published outcome in a language, and the instant it last
 * changed: the words around the content in that language, each entry's text in it where translated (else
 * in English, and its `xml:lang` says so), links to that language's pages. Entry dates come from the
 * content: the last commit of the file (lib/content/history.ts), or without one the meeting's day or the
 * outcomes' `published` date; never file times (decision 0124). The English feed keeps its ids; another
 * language's feed and entries have ids of their own, since they are other documents.
 */
export async function getAtomFeed(locale: Locale = DEFAULT_LOCALE): Promise<{ xml: string; updated: Date }> {
  const siteUrl = getEnv().SITE_URL;
  const [t, groupWords] = await Promise.all([getTranslator(locale, 'feeds'), getTranslator(locale, 'pages.workingGroups')]);
  const [platform, meetings, bodies, commits] = await Promise.all([getPlatform(locale), getMeetings(locale), getBodies(locale), getContentCommitDates()]);
  const bodyName = (id: string) => {
    const body = bodies.find((b) => b.id === id);
    return body ? bodyNames(body, groupWords).name : undefined;
  };
  const idOf = (name: string) => stableUrn(locale === DEFAULT_LOCALE ? name : `${name}/${locale}`);
  const page = (path: string) => `${siteUrl}${localizedPath(path, locale)}`;

  const entries: AtomEntry[] = [];
  for (const m of meetings) {
    const url = page(`/meetings/${encodeURIComponent(m.slug)}`);
    const category = bodyName(m.body);
    entries.push({
      id: idOf(`meeting/${m.slug}`),
      ...(m.locale !== locale ? { language: m.locale } : {}),
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
        id: idOf(`outcomes/${m.slug}`),
        ...(m.outcomes.locale !== locale ? { language: m.outcomes.locale } : {}),
        title: t('outcomesEntryTitle', { outcomes: m.outcomes.title, meeting: m.title }),
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
    id: idOf('feed'),
    language: locale,
    title: t('feedTitle'),
    subtitle: t('feedSubtitle'),
    selfUrl: page(FEED_PATH),
    alternateUrl: page('/meetings'),
    authorName: platform.title,
    authorUrl: page('/'),
    entries,
    fallbackUpdated: newest,
  });
  return { xml, updated: newest };
}
