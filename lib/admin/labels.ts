import 'server-only';
import { getMeetings, getWorkingGroups } from '@/lib/content';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { countryName } from '@/lib/i18n/names';
import { getTranslator } from '@/lib/i18n/translator';
import { scopedLogger } from '@/lib/log';
import { COUNTRIES, ORGANISATION_TYPES, OTHER_COUNTRY } from '@/lib/registration/options';

/**
 * Human labels for the ids stored with a registration, in one language: the secretariat's pages and export
 * in English, a registrant's mail and manage page in the registrant's language.
 */
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
const memos = new Map<Locale, { at: number; labels: Promise<RegistrationLabels> }>();

export function getRegistrationLabels(now: Date, locale: Locale = DEFAULT_LOCALE): Promise<RegistrationLabels> {
  const memo = memos.get(locale);
  if (memo && Math.abs(now.getTime() - memo.at) <= MEMO_MS) return memo.labels;
  const labels = readLabels(locale);
  memos.set(locale, { at: now.getTime(), labels });
  labels.catch(() => memos.delete(locale));
  return labels;
}

async function readLabels(locale: Locale): Promise<RegistrationLabels> {
  const [form, groupWords] = await Promise.all([getTranslator(locale, 'form'), getTranslator(locale, 'pages.workingGroups')]);
  // Group and meeting titles come from the content; if it cannot be read, ids stand in rather than
  // failing a page or a mail.
  const [workingGroups, meetings] = await Promise.all([getWorkingGroups(locale), getMeetings(locale)]).catch((error: unknown) => {
    scopedLogger('admin').error({ err: error }, 'could not read the groups and meetings for labels');
    return [[], []] as const;
  });
  const groups = workingGroups.map((g) => ({ id: g.id, label: groupWords('groupTitle', { number: g.number, title: g.title }) }));
  const countryLabel = (id: string) => (id === OTHER_COUNTRY ? form('otherCountry') : countryName(id, locale));
  const typeLabels = new Map<string, string>(ORGANISATION_TYPES.map((id) => [id, form(`organisationTypes.${id}`)]));
  const countries = COUNTRIES.map((id) => ({ id, label: countryLabel(id) }));
  const types = ORGANISATION_TYPES.map((id) => ({ id, label: typeLabels.get(id) ?? id }));
  const groupById = new Map(groups.map((g) => [g.id, g.label]));
  const shortById = new Map(workingGroups.map((g) => [g.id, groupWords('groupName', { number: g.number })]));
  const meetingBySlug = new Map(meetings.map((m) => [m.slug, m.title]));
  const knownCountries: ReadonlySet<string> = new Set(COUNTRIES);
  return {
    groups,
    countries,
    types,
    group: (id) => groupById.get(id) ?? id,
    groupShort: (id) => shortById.get(id) ?? id,
    country: (id) => (knownCountries.has(id) ? countryLabel(id) : id),
    type: (id) => typeLabels.get(id) ?? id,
    meeting: (slug) => meetingBySlug.get(slug) ?? slug,
    hasMeeting: (slug) => meetingBySlug.has(slug),
  };
}
