import 'server-only';
import type { ChartDatum } from '@/lib/charts/bar-chart';
import type { Db } from '@/lib/db/client';
import { countByCountry, countByGroup, findRegistrations, type AdminRegistration } from '@/lib/db/registration-admin';
import { PAGE_SIZE, type RegistrationFilters } from './filters';
import { getRegistrationLabels, type RegistrationLabels } from './labels';

export type RegistrationsView = {
  rows: AdminRegistration[];
  total: number;
  page: number;
  pages: number;
  byGroup: ChartDatum[];
  byCountry: ChartDatum[];
  labels: RegistrationLabels;
};

/** Everything the registrations page shows, for one set of filters. */
export async function getRegistrationsView(db: Db, filters: RegistrationFilters, now: Date): Promise<RegistrationsView> {
  const labels = await getRegistrationLabels(now);
  const [{ rows, total }, groups, countries] = await Promise.all([
    findRegistrations(db, filters, { limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE }),
    countByGroup(db, filters),
    countByCountry(db, filters),
  ]);
  const knownGroups = labels.groups.map((g) => g.id);
  const groupIds = [...knownGroups, ...[...groups.keys()].filter((id) => !knownGroups.includes(id)).sort()];
  return {
    rows,
    total,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    byGroup: groupIds.map((id) => ({ label: labels.group(id), value: groups.get(id) ?? 0 })),
    byCountry: [...countries.entries()]
      .map(([id, value]) => ({ label: labels.country(id), value }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)),
    labels,
  };
}

/** "2026-11-28 10:00 UTC": unambiguous for a secretariat spread over time zones. */
export function formatUtc(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}
