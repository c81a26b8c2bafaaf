import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { DayDate } from '@/components/ui/day-date';
import { SummaryList, type SummaryRow } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { Link } from '@/i18n/navigation';
import type { Body, Meeting } from '@/lib/content/types';
import { bodyNames } from '@/lib/site/bodies';
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
 * its online link would read as if the meeting were still to happen. The organiser is named in two parts
 * (the interface's "Working Group 1", then the group's title in its own language), so that an untranslated
 * title is marked as English.
 */
export function MeetingDetails({ meeting, body, open }: Props) {
  const m = useTranslations('pages');
  const groupWords = useTranslations('pages.workingGroups');
  const locale = useLocale();
  const tag = meetingTag(meeting.status, m);
  const cancelled = meeting.status === 'cancelled';
  const rows: SummaryRow[] = [
    { key: 'status', label: m('meetings.status'), value: <Tag tone={tag.tone}>{tag.label}</Tag> },
    { key: 'date', label: m('meetings.date'), value: <MeetingWhen meeting={meeting} /> },
  ];
  if (meeting.date.precision === 'day') {
    rows.push({ key: 'zone', label: m('meetings.timeZone'), value: <MeetingZone meeting={meeting} /> });
  }
  if (body) {
    const bodyLang = contentLang(body, locale);
    const value =
      body.number === null ? (
        <Link href={body.href} lang={bodyLang}>
          {body.title}
        </Link>
      ) : (
        <>
          <Link href={body.href}>{bodyNames(body, groupWords).shortName}</Link>
          <span className="block" lang={bodyLang}>
            {body.title}
          </span>
        </>
      );
    rows.push({ key: 'organiser', label: m('meetings.organiser'), value });
  }
  if (meeting.format) rows.push({ key: 'format', label: m('meetings.format'), value: m(`meetingFormat.${meeting.format}`) });
  if (meeting.venue) {
    rows.push({ key: 'place', label: m('meetings.place'), value: <span lang={contentLang(meeting, locale)}>{venueLine(meeting.venue)}</span> });
  }
  if (meeting.onlineUrl && !cancelled) {
    rows.push({
      key: 'online',
      label: m('meetings.onlineLink'),
      // The text is the address itself, so print does not repeat it (class url-link, globals.css).
      value: (
        <a href={meeting.onlineUrl} className="url-link break-all">
          {meeting.onlineUrl}
        </a>
      ),
    });
  }
  if (meeting.registrationDeadline && open) {
    rows.push({ key: 'deadline', label: m('meetings.registrationDeadline'), value: <DayDate day={meeting.registrationDeadline} /> });
  }
  return <SummaryList rows={rows} className="my-6" />;
}
