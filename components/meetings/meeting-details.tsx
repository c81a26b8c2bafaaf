import Link from 'next/link';
import type { Body, Meeting } from '@/lib/content/types';
import { getMessages } from '@/lib/i18n';
import { DayDate } from '@/components/ui/day-date';
import { Tag } from '@/components/ui/tag';
import { meetingTag, venueLine } from './meeting-labels';
import { MeetingWhen, MeetingZone } from './meeting-when';

type Props = { meeting: Meeting; body: Body | null; neverConfirmed: boolean };

/** The facts of one meeting as a GOV.UK-style summary list. */
export function MeetingDetails({ meeting, body, neverConfirmed }: Props) {
  const m = getMessages().pages;
  const t = m.meetings;
  const tag = meetingTag(meeting.status, neverConfirmed, m);
  const rows: { key: string; label: string; value: React.ReactNode }[] = [
    { key: 'status', label: t.status, value: <Tag tone={tag.tone}>{tag.label}</Tag> },
    { key: 'date', label: t.date, value: <MeetingWhen meeting={meeting} /> },
  ];
  if (meeting.date.precision === 'day') {
    rows.push({ key: 'zone', label: t.timeZone, value: <MeetingZone meeting={meeting} /> });
  }
  if (body) rows.push({ key: 'organiser', label: t.organiser, value: <Link href={body.href}>{body.name}</Link> });
  if (meeting.format) rows.push({ key: 'format', label: t.format, value: m.meetingFormat[meeting.format] });
  if (meeting.venue) rows.push({ key: 'place', label: t.place, value: venueLine(meeting.venue) });
  if (meeting.onlineUrl) {
    rows.push({
      key: 'online',
      label: t.onlineLink,
      value: (
        <a href={meeting.onlineUrl} className="break-all">
          {meeting.onlineUrl}
        </a>
      ),
    });
  }
  if (meeting.registrationDeadline) {
    rows.push({ key: 'deadline', label: t.registrationDeadline, value: <DayDate day={meeting.registrationDeadline} /> });
  }
  return (
    <dl className="my-6 border-t border-rule">
      {rows.map((row) => (
        <div key={row.key} className="grid grid-cols-1 gap-x-6 border-b border-rule py-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
