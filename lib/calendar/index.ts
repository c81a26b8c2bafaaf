import 'server-only';
import { getMeetingBySlug, getMeetings, getMeetingsByBody, getWorkingGroupBySlug, getBodyById, type Meeting } from '@/lib/content';
import { getContentCommitDates } from '@/lib/content/history';
import { getEnv } from '@/lib/env';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { bodyNames } from '@/lib/site/bodies';
import { hasCalendarEvent, meetingToEvent, type CalendarWords } from './meeting-event';
import { writeCalendar, type CalendarEvent } from './write-calendar';

export { hasCalendarEvent, meetingUid } from './meeting-event';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/**
 * When the content behind a calendar last changed: the newest last commit of the given content files
 * (lib/content/history.ts), or without one the newest meeting day. Used as the calendar's DTSTAMP and
 * Last-Modified, so every instance of a build writes the same bytes (decision 0124).
 */
export async function contentLastModified(meetings: readonly Meeting[], otherSources: readonly string[] = []): Promise<Date> {
  const commits = await getContentCommitDates();
  const dates = [
    ...meetings.map((m) => commits.get(m.sourcePath) ?? new Date(`${m.date.precision === 'day' ? m.date.day : `${m.date.month}-01`}T00:00:00Z`)),
    ...otherSources.flatMap((path) => commits.get(path) ?? []),
  ];
  return dates.reduce((latest, d) => (d > latest ? d : latest), new Date(0));
}

function events(meetings: readonly Meeting[], words: CalendarWords): CalendarEvent[] {
  const siteUrl = getEnv().SITE_URL;
  return meetings.map((m) => meetingToEvent(m, siteUrl, words)).filter((e): e is CalendarEvent => e !== null);
}

async function calendarWords(locale: Locale): Promise<CalendarWords> {
  return { locale, t: await getTranslator(locale, 'feeds') };
}

/** Slugs of meetings with a calendar file: those with an exact day (decision 0050). */
export async function getCalendarMeetingSlugs(): Promise<string[]> {
  return (await getMeetings()).filter(hasCalendarEvent).map((m) => m.slug);
}

/**
 * One meeting's calendar in a language (its text translated where the meeting is, its link to that
 * language's page); null for an unknown slug or a month-only date.
 */
export async function getMeetingCalendar(slug: string, now: Date, locale: Locale = DEFAULT_LOCALE): Promise<string | null> {
  const meeting = await getMeetingBySlug(slug, locale);
  if (!meeting || !hasCalendarEvent(meeting)) return null;
  // One appointment, not a calendar to subscribe to: no calendar name.
  return writeCalendar({ events: events([meeting], await calendarWords(locale)), now });
}

/** A working group's meetings; valid (with only its VTIMEZONE) while the group has no dated meeting. */
export async function getWorkingGroupCalendar(slug: string, now: Date, locale: Locale = DEFAULT_LOCALE): Promise<string | null> {
  const group = await getWorkingGroupBySlug(slug, locale);
  if (!group) return null;
  const [body, words, groupWords] = await Promise.all([
    getBodyById(group.id, locale),
    calendarWords(locale),
    getTranslator(locale, 'pages.workingGroups'),
  ]);
  const name = body ? bodyNames(body, groupWords).name : group.title;
  return writeCalendar({
    name: words.t('groupCalendarName', { group: name }),
    description: words.t('groupCalendarDescription', { group: name }),
    events: events(await getMeetingsByBody(group.id, locale), words),
    now,
  });
}

/** Every meeting of the Platform and its groups, in a language. */
export async function getAllMeetingsCalendar(now: Date, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const words = await calendarWords(locale);
  return writeCalendar({
    name: words.t('allMeetingsCalendarName'),
    description: words.t('allMeetingsCalendarDescription'),
    events: events(await getMeetings(locale), words),
    now,
  });
}
