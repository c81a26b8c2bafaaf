import Link from 'next/link';
import { getMessages } from '@/lib/i18n';
import { RichText } from '@/components/ui/rich-text';

/** What a page says where the content lists no upcoming meeting (S-CONTENT-3). */
export function NoMeetings({ participateHref = '/participate' }: { participateHref?: string }) {
  const t = getMessages().pages.meetings;
  return (
    <p>
      {t.noUpcoming}{' '}
      <RichText message={t.noUpcomingAction} tags={{ link: (text) => <Link href={participateHref}>{text}</Link> }} />
    </p>
  );
}
