import type { Meeting } from '@/lib/content/types';
import type { MeetingStatus } from '@/lib/content/schema';
import type { Messages } from '@/lib/i18n';
import type { TagTone } from '@/components/ui/tag';

type MeetingMessages = Messages['pages'];

const statusTones: Record<MeetingStatus, TagTone> = {
  scheduled: 'blue',
  tbc: 'yellow',
  postponed: 'orange',
  cancelled: 'red',
  held: 'grey',
};

/** The tag a meeting wears in lists and on its page: its status as the content states it, nothing inferred. */
export function meetingTag(status: MeetingStatus, t: MeetingMessages): { label: string; tone: TagTone } {
  return { label: t.meetingStatus[status], tone: statusTones[status] };
}

/** Where a meeting happens, as one line: the venue's parts that are known, in order. */
export function venueLine(venue: NonNullable<Meeting['venue']>): string {
  return [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ');
}

/** "In person, Brussels, Belgium" / "Online" / "" when the format is not known yet. */
export function formatAndPlace(meeting: Pick<Meeting, 'format' | 'venue'>, t: MeetingMessages): string {
  if (!meeting.format) return meeting.venue ? venueLine(meeting.venue) : '';
  const format = t.meetingFormat[meeting.format];
  return meeting.venue ? `${format}, ${venueLine(meeting.venue)}` : format;
}
