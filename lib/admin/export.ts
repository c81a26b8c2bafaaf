import 'server-only';
import { CSV_BOM, toCsvRow } from '@/lib/csv/write';
import type { Db } from '@/lib/db/client';
import { allRegistrations, type AdminRegistration } from '@/lib/db/registration-admin';
import type { RegistrationFilters } from './filters';
import type { RegistrationLabels } from './labels';
import { adminWords } from './words';

/** The export's columns: what the secretariat reads in a spreadsheet, labels rather than ids. */
export function exportHeader(): string[] {
  const columns = [
    'reference',
    'name',
    'email',
    'organisation',
    'country',
    'type',
    'groups',
    'meeting',
    'contribution',
    'language',
    'status',
    'registered',
    'updated',
    'privacyVersion',
  ] as const;
  return columns.map((c) => adminWords(`registrations.columns.${c}`));
}

export function exportRow(r: AdminRegistration, labels: RegistrationLabels): string[] {
  return [
    r.reference,
    r.fullName,
    r.email,
    r.organisation,
    labels.country(r.country),
    labels.type(r.organisationType),
    r.groups.map(labels.group).join('; '),
    r.meetingSlug ? labels.meeting(r.meetingSlug) : '',
    r.contribution ?? '',
    r.language,
    r.confirmedAt ? adminWords('registrations.confirmed') : adminWords('registrations.unconfirmed'),
    r.createdAt,
    r.consentAt,
    r.privacyVersion,
  ];
}

export function exportFileName(now: Date): string {
  return `registrations-${now.toISOString().slice(0, 10)}.csv`;
}

/** The whole CSV file in pieces: the BOM and header row, then the matching rows in batches. */
export async function* exportCsvChunks(
  db: Db,
  filters: Partial<RegistrationFilters>,
  labels: RegistrationLabels,
): AsyncGenerator<string> {
  yield `${CSV_BOM}${toCsvRow(exportHeader())}\r\n`;
  for await (const batch of allRegistrations(db, filters)) {
    yield batch.map((r) => `${toCsvRow(exportRow(r, labels))}\r\n`).join('');
  }
}
