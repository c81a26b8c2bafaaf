import Link from 'next/link';
import { getMessages } from '@/lib/i18n';

/** What a page says where the content lists no upcoming meeting (S-CONTENT-3). */
export function NoMeetings({ participateHref = '/participate' }: { participateHref?: string }) {
  const t = getMessages().pages.meetings;
  return (
    <p>
      {t.noUpcoming} <Link href={participateHref}>{t.noUpcomingAction}</Link> {t.noUpcomingActionSuffix}
    </p>
  );
}
