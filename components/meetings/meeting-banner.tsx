import type { Meeting } from '@/lib/content/types';
import { isUpcoming } from '@/lib/dates';
import { useTranslations } from 'next-intl';
import { Notice } from '@/components/ui/notice';

/**
 * The banner a meeting page opens with when its status needs saying first; nothing otherwise. A past
 * meeting whose date was to be confirmed gets none: its date line already says what the source says.
 */
export function MeetingBanner({ meeting, now }: { meeting: Meeting; now: Date }) {
  const t = useTranslations('pages.meetings');
  if (meeting.status === 'cancelled') return <Notice tone="important">{t('cancelledBanner')}</Notice>;
  if (meeting.status === 'postponed') return <Notice tone="important">{t('postponedBanner')}</Notice>;
  if (meeting.status === 'tbc' && isUpcoming(meeting, now)) return <Notice tone="info">{t('tbcBanner')}</Notice>;
  return null;
}
