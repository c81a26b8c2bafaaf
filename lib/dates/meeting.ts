import type { MeetingDate, MeetingStatus } from '@/lib/content/schema';
import { parseWallTime, startOfDayInZone, zonedTimeToUtc } from './zone';

/** What the date functions need from a meeting: its frontmatter date and zone. */
export type DatedMeeting = { date: MeetingDate; timeZone: string };

export type MeetingInterval = {
  start: Date;
  /** End instant. For an all-day meeting, the start of the next day; null when only a start time is known. */
  end: Date | null;
  allDay: boolean;
};

/** The instants a meeting with an exact day occupies; null for a month-only date (no time can be given). */
export function meetingInterval(date: MeetingDate, timeZone: string): MeetingInterval | null {
  if (date.precision === 'month') return null;
  const wall = parseWallTime(date.day);
  if (!date.start) {
    return {
      start: startOfDayInZone(wall.year, wall.month, wall.day, timeZone),
      end: startOfDayInZone(wall.year, wall.month, wall.day + 1, timeZone),
      allDay: true,
    };
  }
  return {
    start: zonedTimeToUtc(parseWallTime(date.day, date.start), timeZone),
    end: date.end ? zonedTimeToUtc(parseWallTime(date.day, date.end), timeZone) : null,
    allDay: false,
  };
}

/** Start and end of the period a date covers in its zone: the day, or the whole month for a month-only date. */
export function datePeriod(date: MeetingDate, timeZone: string): { start: Date; end: Date } {
  if (date.precision === 'month') {
    const [year = 0, month = 0] = date.month.split('-').map(Number);
    return { start: startOfDayInZone(year, month, 1, timeZone), end: startOfDayInZone(year, month + 1, 1, timeZone) };
  }
  const { year, month, day } = parseWallTime(date.day);
  return { start: startOfDayInZone(year, month, day, timeZone), end: startOfDayInZone(year, month, day + 1, timeZone) };
}

/**
 * When a meeting stops being upcoming: its end time when one is given, otherwise the end of its day in its
 * zone; for a month-only date, the end of the month in its zone (S-CONTENT-5).
 */
function computeUpcomingUntil(meeting: DatedMeeting): number {
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  if (interval && !interval.allDay && interval.end) return interval.end.getTime();
  return datePeriod(meeting.date, meeting.timeZone).end.getTime();
}

function computeSortKey(meeting: DatedMeeting): number {
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  return (interval?.start ?? datePeriod(meeting.date, meeting.timeZone).start).getTime();
}

// Each meeting's two instants, kept by its date object: content is parsed once per process and never
// changed, and lists of hundreds of meetings are sorted and filtered on every page render and form post
// (with 987 meetings, the form's upcoming filter was half the cost of a registration).
const instants = new WeakMap<MeetingDate, { timeZone: string; sortKey: number; until: number }>();

function instantsOf(meeting: DatedMeeting): { sortKey: number; until: number } {
  const hit = instants.get(meeting.date);
  if (hit && hit.timeZone === meeting.timeZone) return hit;
  const entry = { timeZone: meeting.timeZone, sortKey: computeSortKey(meeting), until: computeUpcomingUntil(meeting) };
  instants.set(meeting.date, entry);
  return entry;
}

/** When a meeting stops being upcoming (see computeUpcomingUntil). */
export function upcomingUntil(meeting: DatedMeeting): Date {
  return new Date(instantsOf(meeting).until);
}

export function isUpcoming(meeting: DatedMeeting, now: Date): boolean {
  return now.getTime() < instantsOf(meeting).until;
}

/** The instant meetings sort by: the start time, or the start of the day or month. */
export function meetingSortKey(meeting: DatedMeeting): number {
  return instantsOf(meeting).sortKey;
}

/** Earliest first; ties (same start) by how long they last, then stable. */
export function compareMeetings(a: DatedMeeting, b: DatedMeeting): number {
  return meetingSortKey(a) - meetingSortKey(b) || upcomingUntil(a).getTime() - upcomingUntil(b).getTime();
}

/** Sorts earliest first; ties by how long they last, then stable. */
export function sortMeetings<M extends DatedMeeting>(meetings: readonly M[]): M[] {
  return meetings
    .map((meeting, index) => ({ meeting, index, key: meetingSortKey(meeting), until: instantsOf(meeting).until }))
    .sort((a, b) => a.key - b.key || a.until - b.until || a.index - b.index)
    .map(({ meeting }) => meeting);
}

/** Upcoming meetings soonest first, past meetings latest first. */
export function splitMeetings<M extends DatedMeeting>(meetings: readonly M[], now: Date): { upcoming: M[]; past: M[] } {
  const sorted = sortMeetings(meetings);
  return {
    upcoming: sorted.filter((m) => isUpcoming(m, now)),
    past: sorted.filter((m) => !isUpcoming(m, now)).reverse(),
  };
}

/** Statuses of meetings that will not take place as announced: listed apart from the upcoming ones. */
export const CALLED_OFF_STATUSES: readonly MeetingStatus[] = ['cancelled', 'postponed'];

/**
 * The sections a list of meetings is shown in: `upcoming`, the meetings still to take place as announced
 * (scheduled or to be confirmed), soonest first; `calledOff`, cancelled or postponed meetings whose date
 * has not passed, soonest first, so that none of them reads as upcoming; `past`, every meeting whose date
 * has passed, whatever its status, latest first. A past meeting whose date was to be confirmed stays as
 * its source wrote it ("June 2018 (to be confirmed)"): nothing is inferred about whether it took place.
 */
export function meetingSections<M extends DatedMeeting & { status: MeetingStatus }>(
  meetings: readonly M[],
  now: Date,
): { upcoming: M[]; calledOff: M[]; past: M[] } {
  const { upcoming, past } = splitMeetings(meetings, now);
  return {
    upcoming: upcoming.filter((m) => !CALLED_OFF_STATUSES.includes(m.status)),
    calledOff: upcoming.filter((m) => CALLED_OFF_STATUSES.includes(m.status)),
    past,
  };
}

/** The next meeting to take place as announced, or null: the one the home and group pages single out. */
export function nextMeeting<M extends DatedMeeting & { status: MeetingStatus }>(meetings: readonly M[], now: Date): M | null {
  return meetingSections(meetings, now).upcoming[0] ?? null;
}
