import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** What a page says where the content lists no upcoming meeting (S-CONTENT-3). */
export function NoMeetings({ participateHref = '/participate' }: { participateHref?: string }) {
  const t = useTranslations('pages.meetings');
  return (
    <p>
      {t('noUpcoming')} {t.rich('noUpcomingAction', { link: (text) => <Link href={participateHref}>{text}</Link> })}
    </p>
  );
}
