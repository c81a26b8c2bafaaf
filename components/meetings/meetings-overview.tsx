import type { Body, Meeting } from '@/lib/content/types';
import { meetingSections } from '@/lib/dates';
import { useTranslations } from 'next-intl';
import { SectionHeading } from '@/components/ui/page-heading';
import { MeetingList } from './meeting-list';
import { NoMeetings } from './no-meetings';
import { OrganiserFilter } from './organiser-filter';

type Props = {
  meetings: readonly Meeting[];
  bodies: readonly Body[];
  /** The organiser filtered on, or null for every meeting. */
  active: string | null;
  now: Date;
};

/**
 * The meetings index and its per-organiser pages: the filter, then upcoming meetings, then cancelled or
 * postponed ones (never among the upcoming), then past meetings.
 */
export function MeetingsOverview({ meetings, bodies, active, now }: Props) {
  const t = useTranslations('pages.meetings');
  const { upcoming, calledOff, past } = meetingSections(meetings, now);
  const participateHref = active && active !== 'platform' ? `/participate?group=${active}` : '/participate';
  return (
    <>
      <OrganiserFilter bodies={bodies} active={active} />
      <section aria-labelledby="upcoming-heading">
        <SectionHeading id="upcoming-heading">{t('upcoming')}</SectionHeading>
        {upcoming.length > 0 ? (
          <MeetingList meetings={upcoming} bodies={bodies} />
        ) : (
          <NoMeetings participateHref={participateHref} />
        )}
      </section>
      {calledOff.length > 0 ? (
        <section aria-labelledby="called-off-heading">
          <SectionHeading id="called-off-heading">{t('calledOff')}</SectionHeading>
          <MeetingList meetings={calledOff} bodies={bodies} />
        </section>
      ) : null}
      <section aria-labelledby="past-heading">
        <SectionHeading id="past-heading">{t('past')}</SectionHeading>
        {past.length > 0 ? <MeetingList meetings={past} bodies={bodies} /> : <p>{t('noPast')}</p>}
      </section>
    </>
  );
}
