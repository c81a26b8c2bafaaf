import Link from 'next/link';
import type { Body, Meeting } from '@/lib/content/types';
import { getMessages } from '@/lib/i18n';
import { RichText } from '@/components/ui/rich-text';
import { Tag } from '@/components/ui/tag';
import { DateBlock } from './date-block';
import { formatAndPlace, meetingTag } from './meeting-labels';
import { MeetingWhen } from './meeting-when';
import { NoMeetings } from './no-meetings';

type Props = {
  /** The next meeting to take place (lib/dates nextMeeting), or null when none is scheduled. */
  meeting: Meeting | null;
  bodies: readonly Body[];
  /** The section's heading id, so the panel is labelled by the heading the page gives it. */
  headingId: string;
  showOrganiser?: boolean;
  /** Where "Register your interest" leads when no meeting is scheduled. */
  participateHref?: string;
};

/**
 * The next meeting, singled out in a panel (the home page and each group page): its date as a calendar
 * leaf, its title, when and where. Says plainly when no meeting is scheduled (S-CONTENT-3).
 */
export function NextMeeting({ meeting, bodies, headingId, showOrganiser = true, participateHref }: Props) {
  const t = getMessages().pages;
  if (!meeting) {
    return (
      <div className="border-l-8 border-eu-blue bg-surface p-5">
        <NoMeetings participateHref={participateHref} />
      </div>
    );
  }
  const body = bodies.find((b) => b.id === meeting.body);
  const place = formatAndPlace(meeting, t);
  const tag = meetingTag(meeting.status, t);
  return (
    <article aria-labelledby={headingId} className="flex gap-4 border-l-8 border-eu-yellow bg-eu-blue-pale p-5 sm:gap-6">
      <DateBlock meeting={meeting} />
      <div className="min-w-0 flex-1">
        <h3 className="text-xl font-bold sm:text-2xl">
          <Link href={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
        </h3>
        {meeting.status !== 'scheduled' ? (
          <p className="mt-2">
            <Tag tone={tag.tone}>{tag.label}</Tag>
          </p>
        ) : null}
        <p className="mt-2 text-lg">
          <MeetingWhen meeting={meeting} />
        </p>
        {place ? <p className="mt-1">{place}</p> : null}
        {showOrganiser && body ? (
          <p className="mt-1">
            <RichText message={t.meetings.organisedBy(body.shortName)} tags={{ link: (text) => <Link href={body.href}>{text}</Link> }} />
          </p>
        ) : null}
      </div>
    </article>
  );
}
