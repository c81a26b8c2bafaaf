import 'server-only';
import { getMeetings, getPageBySlug, getWorkingGroups } from '@/lib/content';
import { upcomingUntil } from '@/lib/dates/meeting';

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

/**
 * The choices are the same until the next upcoming meeting ends, so they are kept until then: every form
 * post checks against them, and with hundreds of meetings recomputing them was a fifth of a post's cost.
 * Kept by the content's own arrays, so other content (a development reload) is never answered from here.
 */
let kept: { content: readonly unknown[]; from: number; until: number; choices: FormChoices } | undefined;

export async function getFormChoices(now: Date): Promise<FormChoices> {
  const [groups, meetings, privacy] = await Promise.all([
    getWorkingGroups(),
    getMeetings(),
    getPageBySlug(PRIVACY_PAGE_SLUG),
  ]);
  const t = now.getTime();
  const content = [groups, meetings, privacy];
  if (kept && kept.content.every((c, i) => c === content[i]) && kept.from <= t && t < kept.until) return kept.choices;

  const open = meetings.filter((m) => m.status !== 'cancelled' && m.status !== 'held' && t < upcomingUntil(m).getTime());
  const choices: FormChoices = {
    groups: groups.map((g) => ({ id: g.id, number: g.number, title: g.title })),
    meetings: open.map((m) => ({ slug: m.slug, title: m.title, body: m.body })),
    allMeetingSlugs: meetings.map((m) => m.slug),
    // The statement's own version; its last-updated date when it has none.
    privacyVersion: privacy?.version ?? privacy?.updated ?? UNVERSIONED_PRIVACY,
  };
  const until = open.reduce((soonest, m) => Math.min(soonest, upcomingUntil(m).getTime()), Infinity);
  kept = { content, from: t, until, choices };
  return choices;
}
