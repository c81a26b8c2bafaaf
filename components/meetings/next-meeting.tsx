import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { Tag } from '@/components/ui/tag';
import { Link } from '@/i18n/navigation';
import type { Body, Meeting } from '@/lib/content/types';
import { bodyNames } from '@/lib/site/bodies';
import { DateBlock } from './date-block';
import { formatAndPlace, meetingTag } from './meeting-labels';
import { MeetingWhen } from './meeting-when';
import { NoMeetings } from './no-meetings';
import { Place } from './place';

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
  const t = useTranslations('pages');
  const groupWords = useTranslations('pages.workingGroups');
  const locale = useLocale();
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
  const lang = contentLang(meeting, locale);
  return (
    <article aria-labelledby={headingId} className="flex gap-4 border-l-8 border-eu-yellow bg-eu-blue-pale p-5 sm:gap-6">
      <DateBlock meeting={meeting} />
      <div className="min-w-0 flex-1">
        <h3 className="text-xl font-bold sm:text-2xl">
          <Link href={`/meetings/${meeting.slug}`} lang={lang}>
            {meeting.title}
          </Link>
        </h3>
        {meeting.status !== 'scheduled' ? (
          <p className="mt-2">
            <Tag tone={tag.tone}>{tag.label}</Tag>
          </p>
        ) : null}
        <p className="mt-2 text-lg">
          <MeetingWhen meeting={meeting} />
        </p>
        {place.format || place.venue ? (
          <p className="mt-1">
            <Place {...place} lang={lang} />
          </p>
        ) : null}
        {showOrganiser && body ? (
          <p className="mt-1">
            {t.rich('meetings.organisedBy', {
              organiser: bodyNames(body, groupWords).shortName,
              link: (text) => <Link href={body.href}>{text}</Link>,
            })}
          </p>
        ) : null}
      </div>
    </article>
  );
}
