import { useTranslations } from 'next-intl';
import { CalendarIcon } from '@/components/ui/calendar-icon';
import { Link } from '@/i18n/navigation';
import { followCalendarHref } from '@/lib/site/paths';

/**
 * "Subscribe to … in your calendar": leads to the Follow page's entry for that calendar, which offers the
 * `webcal:` subscription and explains it, rather than downloading a copy that would never update.
 */
export function SubscribeLink({ groupId }: { groupId?: string }) {
  const t = useTranslations('follow');
  return (
    <p className="no-print mt-6">
      <Link href={followCalendarHref(groupId)} className="inline-flex items-center gap-2 py-1">
        <CalendarIcon />
        <span>{groupId ? t('subscribeGroup') : t('subscribeAll')}</span>
      </Link>
    </p>
  );
}
