import { useLocale, useTranslations } from 'next-intl';
import { contentLang } from '@/components/language/language-notice';
import { Tag } from '@/components/ui/tag';
import { Link } from '@/i18n/navigation';
import type { Body, Meeting } from '@/lib/content/types';
import { bodyNames } from '@/lib/site/bodies';
import { DateBlock } from './date-block';
import { formatAndPlace, meetingTag } from './meeting-labels';
import { MeetingWhen } from './meeting-when';
import { Place } from './place';

type Props = {
  meetings: readonly Meeting[];
  bodies: readonly Body[];
  /** The heading level of each meeting's title, one below the section's heading. */
  headingLevel?: 3 | 4;
  /** Hide the organiser line where the page is already about one body. */
  showOrganiser?: boolean;
};

/**
 * Meetings as a list of content items: date block, title (the link), status tag, date, organiser, place.
 * A meeting not translated into the page's language keeps its English title, marked `lang="en"`.
 */
export function MeetingList({ meetings, bodies, headingLevel = 3, showOrganiser = true }: Props) {
  const t = useTranslations('pages');
  const groupWords = useTranslations('pages.workingGroups');
  const locale = useLocale();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="border-t border-rule">
      {meetings.map((meeting) => {
        const body = bodies.find((b) => b.id === meeting.body);
        const tag = meetingTag(meeting.status, t);
        const place = formatAndPlace(meeting, t);
        const lang = contentLang(meeting, locale);
        return (
          <li key={meeting.slug} className="flex gap-4 border-b border-rule py-5">
            <DateBlock meeting={meeting} />
            <div className="min-w-0 flex-1">
              <Heading className="text-xl font-bold">
                <Link href={`/meetings/${meeting.slug}`} lang={lang}>
                  {meeting.title}
                </Link>
              </Heading>
              <p className="mt-2">
                <Tag tone={tag.tone}>{tag.label}</Tag>
              </p>
              <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold">{t('meetings.date')}</dt>
                <dd>
                  <MeetingWhen meeting={meeting} />
                </dd>
                {showOrganiser && body ? (
                  <>
                    <dt className="font-semibold">{t('meetings.organiser')}</dt>
                    <dd>
                      <Link href={body.href} lang={body.number === null ? contentLang(body, locale) : undefined}>
                        {bodyNames(body, groupWords).shortName}
                      </Link>
                    </dd>
                  </>
                ) : null}
                {place.format || place.venue ? (
                  <>
                    <dt className="font-semibold">{t('meetings.place')}</dt>
                    <dd>
                      <Place {...place} lang={lang} />
                    </dd>
                  </>
                ) : null}
              </dl>
              {meeting.outcomes ? (
                <p className="mt-3">
                  <Link href={`/meetings/${meeting.slug}#outcomes`}>
                    {t('meetings.outcomesLink')}
                    <span className="sr-only">
                      : <span lang={lang}>{meeting.title}</span>
                    </span>
                  </Link>
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
