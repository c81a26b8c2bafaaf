import 'server-only';
import { getMessages } from '@/lib/i18n';
import { getMeetings, getWorkingGroups } from '@/lib/content';
import { COUNTRIES, ORGANISATION_TYPES } from '@/lib/registration/options';
import { scopedLogger } from '@/lib/log';

/** Human labels for the ids stored with a registration, shared by the admin pages, the export and mail. */
export type RegistrationLabels = {
  groups: { id: string; label: string }[];
  countries: { id: string; label: string }[];
  types: { id: string; label: string }[];
  group: (id: string) => string;
  /** "Working Group 1": the group's short name, for the list where the full title would not fit. */
  groupShort: (id: string) => string;
  country: (id: string) => string;
  type: (id: string) => string;
  meeting: (slug: string) => string;
  /** Whether the content still has this meeting (a registration may name one since removed). */
  hasMeeting: (slug: string) => boolean;
};

// Content is fixed at build time; a short memo keeps a burst of registrations from re-reading it each time.
const MEMO_MS = 60_000;
let memo: { at: number; labels: Promise<RegistrationLabels> } | undefined;

export function getRegistrationLabels(now: Date): Promise<RegistrationLabels> {
  if (!memo || Math.abs(now.getTime() - memo.at) > MEMO_MS) {
    const labels = readLabels();
    memo = { at: now.getTime(), labels };
    labels.catch(() => {
      memo = undefined;
    });
  }
  return memo.labels;
}

async function readLabels(): Promise<RegistrationLabels> {
  const form = getMessages().form;
  // Group and meeting titles come from the content; if it cannot be read, ids stand in rather than
  // failing a page or a mail.
  const [workingGroups, meetings] = await Promise.all([getWorkingGroups(), getMeetings()]).catch((error: unknown) => {
    scopedLogger('admin').error({ err: error }, 'could not read the groups and meetings for labels');
    return [[], []] as const;
  });
  const groups = workingGroups.map((g) => ({ id: g.id, label: form.groupLabel(g.number, g.title) }));
  const countryLabels: Record<string, string> = form.countries;
  const typeLabels: Record<string, string> = form.organisationTypes;
  const countries = COUNTRIES.map((id) => ({ id, label: countryLabels[id] ?? id }));
  const types = ORGANISATION_TYPES.map((id) => ({ id, label: typeLabels[id] ?? id }));
  const groupById = new Map(groups.map((g) => [g.id, g.label]));
  const groupName = getMessages().pages.workingGroups.groupName;
  const shortById = new Map(workingGroups.map((g) => [g.id, groupName(g.number)]));
  const meetingBySlug = new Map(meetings.map((m) => [m.slug, m.title]));
  return {
    groups,
    countries,
    types,
    group: (id) => groupById.get(id) ?? id,
    groupShort: (id) => shortById.get(id) ?? id,
    country: (id) => countryLabels[id] ?? id,
    type: (id) => typeLabels[id] ?? id,
    meeting: (slug) => meetingBySlug.get(slug) ?? slug,
    hasMeeting: (slug) => meetingBySlug.has(slug),
  };
}
