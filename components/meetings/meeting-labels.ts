import type { TagTone } from '@/components/ui/tag';
import type { MeetingStatus } from '@/lib/content/schema';
import type { Meeting } from '@/lib/content/types';
import type { Translate } from '@/lib/i18n/translator';

type PageWords = Translate<'pages'>;

const statusTones: Record<MeetingStatus, TagTone> = {
  scheduled: 'blue',
  tbc: 'yellow',
  postponed: 'orange',
  cancelled: 'red',
  held: 'grey',
};

/** The tag a meeting wears in lists and on its page: its status as the content states it, nothing inferred. */
export function meetingTag(status: MeetingStatus, t: PageWords): { label: string; tone: TagTone } {
  return { label: t(`meetingStatus.${status}`), tone: statusTones[status] };
}

/** Where a meeting happens, as one line: the venue's parts that are known, in order. */
export function venueLine(venue: NonNullable<Meeting['venue']>): string {
  return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ');
}

/**
 * How and where, as the two parts of one line: the format in the interface's words ("In person") and the
 * venue as the content gives it ("Brussels, Belgium", in English where the meeting is not translated).
 * Either may be missing.
 */
export function formatAndPlace(meeting: Pick<Meeting, 'format' | 'venue'>, t: PageWords): { format: string | null; venue: string | null } {
  return {
    format: meeting.format ? t(`meetingFormat.${meeting.format}`) : null,
    venue: meeting.venue ? venueLine(meeting.venue) : null,
  };
}
