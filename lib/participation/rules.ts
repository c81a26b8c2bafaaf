import type { MeetingDate, MeetingStatus } from '@/lib/content/schema';
import { isUpcoming, meetingInterval } from '@/lib/dates';
import { parseWallTime, startOfDayInZone } from '@/lib/dates/zone';

/** What the participation rules read of a meeting (the loader's Meeting has it all). */
export type RuledMeeting = { date: MeetingDate; timeZone: string; status: MeetingStatus; registrationDeadline?: string | undefined; capacity?: number | undefined };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a day (YYYY-MM-DD) ends in a zone: the start of the next day there. */
function endOfDay(day: string, timeZone: string): Date {
  const { year, month, day: d } = parseWallTime(day);
  return startOfDayInZone(year, month, d + 1, timeZone);
}

/**
 * The participation rules of one meeting (S-INVITE-2), each taking the clock as an argument:
 * - answers are taken while the meeting is upcoming, not cancelled, and its registration deadline (the
 *   whole day, in the meeting's zone) has not passed;
 * - a meeting can be announced while it takes answers and is neither cancelled nor postponed.
 */
export function meetingRules(meeting: RuledMeeting) {
  const deadline = meeting.registrationDeadline ? endOfDay(meeting.registrationDeadline, meeting.timeZone) : null;
  const acceptsAnswers = (now: Date) => meeting.status !== 'cancelled' && isUpcoming(meeting, now) && (!deadline || now < deadline);
  return {
    /** The last day answers are taken, YYYY-MM-DD, if the meeting has a deadline. */
    answerBy: meeting.registrationDeadline,
    acceptsAnswers,
    canAnnounce: (now: Date) => acceptsAnswers(now) && meeting.status !== 'postponed',
  };
}

/**
 * Whether a reminder is due (S-INVITE-3): the meeting has an exact day, is scheduled (not cancelled,
 * postponed, to be confirmed or held), has not started, and starts within `daysBefore` days of `now`.
 * Returns the whole days left (0 on the day itself), or null when no reminder is due. `daysBefore` 0
 * switches reminders off.
 */
export function reminderDue(meeting: RuledMeeting, now: Date, daysBefore: number): number | null {
  if (daysBefore <= 0 || meeting.status !== 'scheduled') return null;
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  if (!interval) return null;
  const left = interval.start.getTime() - now.getTime();
  if (left <= 0 || left > daysBefore * DAY_MS) return null;
  return Math.floor(left / DAY_MS);
}
