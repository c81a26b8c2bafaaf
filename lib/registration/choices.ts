import 'server-only';
import { isUpcomingMeeting, readContentForForm } from './content-source';

/** The choices the form offers, from the content: every group, and the meetings one can still attend. */
export interface FormChoices {
  groups: { id: string; number: number; title: string }[];
  /** Upcoming meetings that are not cancelled, soonest first. */
  meetings: { slug: string; title: string }[];
  /** Every meeting slug, so a past or cancelled one gets its own message rather than "unknown". */
  allMeetingSlugs: string[];
  /** The privacy statement's version, recorded with each consent. */
  privacyVersion: string;
}

/** Recorded when the privacy page has no version (and no date): honest rather than invented. */
export const UNVERSIONED_PRIVACY = 'unversioned';

export async function getFormChoices(now: Date): Promise<FormChoices> {
  const content = await readContentForForm();
  const meetings = content.meetings
    .filter((m) => m.status !== 'cancelled' && m.status !== 'held' && isUpcomingMeeting(m, now))
    .map((m) => ({ slug: m.slug, title: m.title }));
  return {
    groups: content.groups,
    meetings,
    allMeetingSlugs: content.meetings.map((m) => m.slug),
    privacyVersion: content.privacyVersion ?? UNVERSIONED_PRIVACY,
  };
}
