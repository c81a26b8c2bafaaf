import Link from 'next/link';
import { CalendarIcon } from '@/components/ui/calendar-icon';
import { RichText } from '@/components/ui/rich-text';
import { meetingCalendarPath } from '@/lib/calendar/paths';
import { getMessages } from '@/lib/i18n';
import { followCalendarHref } from '@/lib/site/paths';

type Props = {
  slug: string;
  /** The working group whose calendar a subscription would follow; none for the Platform's own meetings. */
  groupId?: string;
};

/**
 * A meeting page's "Add to calendar": downloads this one meeting (the route is
 * app/meetings/[slug]/calendar.ics), and says that a download never updates, pointing to the
 * subscription that does.
 */
export function AddToCalendar({ slug, groupId }: Props) {
  const t = getMessages();
  return (
    <div className="no-print">
      <p>
        <a href={meetingCalendarPath(slug)} download className="inline-flex items-center gap-2 py-1 font-semibold">
          <CalendarIcon />
          <span>
            {t.pages.meetings.addToCalendar} <span className="font-normal text-ink-muted">{t.pages.meetings.addToCalendarHint}</span>
          </span>
        </a>
      </p>
      <p className="text-ink-muted">
        <RichText message={t.follow.oneOffHint} tags={{ link: (text) => <Link href={followCalendarHref(groupId)}>{text}</Link> }} />
      </p>
    </div>
  );
}
