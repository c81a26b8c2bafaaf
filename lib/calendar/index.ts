import 'server-only';
import { getMeetingBySlug, getMeetings, getMeetingsByBody, getWorkingGroupBySlug, getBodyById, type Meeting } from '@/lib/content';
import { getContentCommitDates } from '@/lib/content/history';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import { hasCalendarEvent, meetingToEvent } from './meeting-event';
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

function events(meetings: readonly Meeting[]): CalendarEvent[] {
  const siteUrl = getEnv().SITE_URL;
  return meetings.map((m) => meetingToEvent(m, siteUrl)).filter((e): e is CalendarEvent => e !== null);
}

/** Slugs of meetings with a calendar file: those with an exact day (decision 0050). */
export async function getCalendarMeetingSlugs(): Promise<string[]> {
  return (await getMeetings()).filter(hasCalendarEvent).map((m) => m.slug);
}

/** One meeting's calendar; null for an unknown slug or a month-only date. */
export async function getMeetingCalendar(slug: string, now: Date): Promise<string | null> {
  const meeting = await getMeetingBySlug(slug);
  if (!meeting || !hasCalendarEvent(meeting)) return null;
  // One appointment, not a calendar to subscribe to: no calendar name.
  return writeCalendar({ events: events([meeting]), now });
}

/** A working group's meetings; valid (with only its VTIMEZONE) while the group has no dated meeting. */
export async function getWorkingGroupCalendar(slug: string, now: Date): Promise<string | null> {
  const group = await getWorkingGroupBySlug(slug);
  if (!group) return null;
  const body = await getBodyById(group.id);
  const name = body?.name ?? group.title;
  const t = getMessages().feeds;
  return writeCalendar({
    name: t.groupCalendarName(name),
    description: t.groupCalendarDescription(name),
    events: events(await getMeetingsByBody(group.id)),
    now,
  });
}

/** Every meeting of the Platform and its groups. */
export async function getAllMeetingsCalendar(now: Date): Promise<string> {
  const t = getMessages().feeds;
  return writeCalendar({
    name: t.allMeetingsCalendarName,
    description: t.allMeetingsCalendarDescription,
    events: events(await getMeetings()),
    now,
  });
}
