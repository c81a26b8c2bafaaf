import Link from 'next/link';
import type { Body, Meeting } from '@/lib/content/types';
import { getMessages } from '@/lib/i18n';
import { DayDate } from '@/components/ui/day-date';
import { SummaryList, type SummaryRow } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { meetingTag, venueLine } from './meeting-labels';
import { MeetingWhen, MeetingZone } from './meeting-when';

type Props = {
  meeting: Meeting;
  body: Body | null;
  /** Whether the meeting still takes interest (upcoming, not cancelled): its deadline is shown only then. */
  open: boolean;
};

/**
 * The facts of one meeting as a GOV.UK-style summary list. A cancelled meeting shows no way to join it:
 * its online link would read as if the meeting were still to happen.
 */
export function MeetingDetails({ meeting, body, open }: Props) {
  const m = getMessages().pages;
  const t = m.meetings;
  const tag = meetingTag(meeting.status, m);
  const cancelled = meeting.status === 'cancelled';
  const rows: SummaryRow[] = [
    { key: 'status', label: t.status, value: <Tag tone={tag.tone}>{tag.label}</Tag> },
    { key: 'date', label: t.date, value: <MeetingWhen meeting={meeting} /> },
  ];
  if (meeting.date.precision === 'day') {
    rows.push({ key: 'zone', label: t.timeZone, value: <MeetingZone meeting={meeting} /> });
  }
  if (body) rows.push({ key: 'organiser', label: t.organiser, value: <Link href={body.href}>{body.name}</Link> });
  if (meeting.format) rows.push({ key: 'format', label: t.format, value: m.meetingFormat[meeting.format] });
  if (meeting.venue) rows.push({ key: 'place', label: t.place, value: venueLine(meeting.venue) });
  if (meeting.onlineUrl && !cancelled) {
    rows.push({
      key: 'online',
      label: t.onlineLink,
      // The text is the address itself, so print does not repeat it (class url-link, globals.css).
      value: (
        <a href={meeting.onlineUrl} className="url-link break-all">
          {meeting.onlineUrl}
        </a>
      ),
    });
  }
  if (meeting.registrationDeadline && open) {
    rows.push({ key: 'deadline', label: t.registrationDeadline, value: <DayDate day={meeting.registrationDeadline} /> });
  }
  return <SummaryList rows={rows} className="my-6" />;
}
