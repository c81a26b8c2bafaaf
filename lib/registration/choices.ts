import 'server-only';
import { getMeetings, getPageBySlug, getWorkingGroups } from '@/lib/content';
import { isUpcoming } from '@/lib/dates/meeting';

/** The choices the form offers, from the content: every group, and the meetings one can still attend. */
export interface FormChoices {
  groups: { id: string; number: number; title: string }[];
  /** Upcoming meetings that are not cancelled, soonest first, with their organising body. */
  meetings: { slug: string; title: string; body: string }[];
  /** Every meeting slug, so a past or cancelled one gets its own message rather than "unknown". */
  allMeetingSlugs: string[];
  /** The privacy statement's version, recorded with each consent. */
  privacyVersion: string;
}

export const PRIVACY_PAGE_SLUG = 'privacy';
/** Recorded when there is no privacy page to take a version from: honest rather than invented. */
export const UNVERSIONED_PRIVACY = 'unversioned';

export async function getFormChoices(now: Date): Promise<FormChoices> {
  const [groups, meetings, privacy] = await Promise.all([
    getWorkingGroups(),
    getMeetings(),
    getPageBySlug(PRIVACY_PAGE_SLUG),
  ]);
  return {
    groups: groups.map((g) => ({ id: g.id, number: g.number, title: g.title })),
    meetings: meetings
      .filter((m) => m.status !== 'cancelled' && m.status !== 'held' && isUpcoming(m, now))
      .map((m) => ({ slug: m.slug, title: m.title, body: m.body })),
    allMeetingSlugs: meetings.map((m) => m.slug),
    // The statement's own version; its last-updated date when it has none.
    privacyVersion: privacy?.version ?? privacy?.updated ?? UNVERSIONED_PRIVACY,
  };
}
