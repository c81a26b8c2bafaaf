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
export function upcomingUntil(meeting: DatedMeeting): Date {
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  if (interval && !interval.allDay && interval.end) return interval.end;
  return datePeriod(meeting.date, meeting.timeZone).end;
}

export function isUpcoming(meeting: DatedMeeting, now: Date): boolean {
  return now.getTime() < upcomingUntil(meeting).getTime();
}

/** The instant meetings sort by: the start time, or the start of the day or month. */
export function meetingSortKey(meeting: DatedMeeting): number {
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  return (interval?.start ?? datePeriod(meeting.date, meeting.timeZone).start).getTime();
}

/** Earliest first; ties (same start) by how long they last, then stable. */
export function compareMeetings(a: DatedMeeting, b: DatedMeeting): number {
  return meetingSortKey(a) - meetingSortKey(b) || upcomingUntil(a).getTime() - upcomingUntil(b).getTime();
}

/** Sorts earliest first, computing each meeting's instants once (zone arithmetic is not free). */
export function sortMeetings<M extends DatedMeeting>(meetings: readonly M[]): M[] {
  return meetings
    .map((meeting, index) => ({ meeting, index, key: meetingSortKey(meeting), until: upcomingUntil(meeting).getTime() }))
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

/** A past meeting still marked `tbc`, with no outcomes: listed as past, with a note that its date was never confirmed. */
export function neverConfirmed(
  meeting: DatedMeeting & { status: MeetingStatus; outcomes: unknown },
  now: Date,
): boolean {
  return meeting.status === 'tbc' && !meeting.outcomes && !isUpcoming(meeting, now);
}
