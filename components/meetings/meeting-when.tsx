import type { Meeting } from '@/lib/content/types';
import { meetingInterval } from '@/lib/dates';
import { useDateFormat } from '@/lib/i18n/use-date-format';

/** A meeting's date as a sentence in the page's language, in a <time> element with a machine-readable value. */
export function MeetingWhen({ meeting }: { meeting: Pick<Meeting, 'date' | 'timeZone' | 'status'> }) {
  const label = useDateFormat().meetingDate(meeting.date, meeting.timeZone, { status: meeting.status });
  if (meeting.date.precision === 'month') return <time dateTime={meeting.date.month}>{label}</time>;
  const interval = meetingInterval(meeting.date, meeting.timeZone);
  // With a start time, the machine-readable value is the exact instant; otherwise the day.
  const machine = interval && !interval.allDay ? interval.start.toISOString() : meeting.date.day;
  return <time dateTime={machine}>{label}</time>;
}

/** The meeting's time zone named as people say it ("Brussels time (CET)"), as it applies at the meeting. */
export function MeetingZone({ meeting }: { meeting: Pick<Meeting, 'date' | 'timeZone'> }) {
  return <>{useDateFormat().meetingZone(meeting.date, meeting.timeZone)}</>;
}
