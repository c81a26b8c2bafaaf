import { useLocale, useTranslations } from 'next-intl';
import { CalendarIcon } from '@/components/ui/calendar-icon';
import { Link, localizedPath } from '@/i18n/navigation';
import { meetingCalendarPath } from '@/lib/calendar/paths';
import { followCalendarHref } from '@/lib/site/paths';

type Props = {
  slug: string;
  /** The working group whose calendar a subscription would follow; none for the Platform's own meetings. */
  groupId?: string;
};

/**
 * A meeting page's "Add to calendar": downloads this one meeting in the page's language (the route is
 * app/[locale]/meetings/[slug]/calendar.ics), and says that a download never updates, pointing to the
 * subscription that does.
 */
export function AddToCalendar({ slug, groupId }: Props) {
  const t = useTranslations('pages.meetings');
  const follow = useTranslations('follow');
  return (
    <div className="no-print">
      <p>
        <a href={localizedPath(meetingCalendarPath(slug), useLocale())} download className="inline-flex items-center gap-2 py-1 font-semibold">
          <CalendarIcon />
          <span>
            {t('addToCalendar')} <span className="font-normal text-ink-muted">{t('addToCalendarHint')}</span>
          </span>
        </a>
      </p>
      <p className="text-ink-muted">
        {follow.rich('oneOffHint', { link: (text) => <Link href={followCalendarHref(groupId)}>{text}</Link> })}
      </p>
    </div>
  );
}
