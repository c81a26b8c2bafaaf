import type { Meeting } from '@/lib/content/types';
import { datePeriod, formatMeetingDate, formatZone, meetingInterval } from '@/lib/dates';

type Dated = Pick<Meeting, 'date' | 'timeZone'>;

/** A meeting's date as a sentence, in a <time> element when it names a day. */
export function MeetingWhen({ meeting }: { meeting: Dated }) {
  const label = formatMeetingDate(meeting.date, meeting.timeZone);
  if (meeting.date.precision === 'month') return <time dateTime={meeting.date.month}>{label}</time>;
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  // With a start time, the machine-readable value is the exact instant; otherwise the day.
  const machine = interval && !interval.allDay ? interval.start.toISOString() : meeting.date.day;
  return <time dateTime={machine}>{label}</time>;
}

/** The meeting's time zone named as people say it ("Brussels time (CET)"), at the meeting's own date. */
export function MeetingZone({ meeting }: { meeting: Dated }) {
  return <>{formatZone(meeting.timeZone, datePeriod(meeting.date, meeting.timeZone).start)}</>;
}
