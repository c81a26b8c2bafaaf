import Link from 'next/link';
import type { Body, Meeting } from '@/lib/content/types';
import { neverConfirmed } from '@/lib/dates';
import { getMessages } from '@/lib/i18n';
import { Tag } from '@/components/ui/tag';
import { formatAndPlace, meetingTag } from './meeting-labels';
import { MeetingWhen } from './meeting-when';

type Props = {
  meetings: readonly Meeting[];
  bodies: readonly Body[];
  now: Date;
  /** The heading level of each meeting's title, one below the section's heading. */
  headingLevel?: 3 | 4;
  /** Hide the organiser line where the page is already about one body. */
  showOrganiser?: boolean;
};

export function MeetingList({ meetings, bodies, now, headingLevel = 3, showOrganiser = true }: Props) {
  const t = getMessages().pages;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="border-t border-rule">
      {meetings.map((meeting) => {
        const body = bodies.find((b) => b.id === meeting.body);
        const dateNeverConfirmed = neverConfirmed(meeting, now);
        const tag = meetingTag(meeting.status, dateNeverConfirmed, t);
        const place = formatAndPlace(meeting, t);
        return (
          <li key={meeting.slug} className="border-b border-rule py-5">
            <Heading className="text-xl font-bold">
              <Link href={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
            </Heading>
            <p className="mt-2">
              <Tag tone={tag.tone}>{tag.label}</Tag>
            </p>
            <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold">{t.meetings.date}</dt>
              <dd>
                <MeetingWhen meeting={meeting} />
              </dd>
              {showOrganiser && body ? (
                <>
                  <dt className="font-semibold">{t.meetings.organiser}</dt>
                  <dd>
                    <Link href={body.href}>{body.shortName}</Link>
                  </dd>
                </>
              ) : null}
              {place ? (
                <>
                  <dt className="font-semibold">{t.meetings.place}</dt>
                  <dd>{place}</dd>
                </>
              ) : null}
            </dl>
            {meeting.outcomes ? (
              <p className="mt-3">
                <Link href={`/meetings/${meeting.slug}#outcomes`}>
                  {t.meetings.outcomesLink}
                  <span className="sr-only">: {meeting.title}</span>
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

