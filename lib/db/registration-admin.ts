import 'server-only';
import { sql, type ExpressionBuilder } from 'kysely';
import type { RegistrationFilters } from '@/lib/admin/filters';
import { appendAudit, type AuditActor } from './audit-log';
import { readInSnapshot } from './snapshot';
import type { Db } from './client';
import type { StoredRegistration } from './registrations';
import type { Database } from './schema';
import './admin-schema';
import './registrant-schema';

/** Filters as parsed from the URL; every one optional. */
type Filters = Partial<RegistrationFilters>;

/** A registration as stored, less its internal comparison key, plus its confirmation. */
export type AdminRegistration = Omit<StoredRegistration, 'emailKey'> & { confirmedAt: string | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every filter as one WHERE clause, shared by the list, its counts and the export. */
function matching(filters: Filters) {
  return (eb: ExpressionBuilder<Database, 'registrations'>) => {
    const conditions = [];
    if (filters.country) conditions.push(eb('registrations.country', '=', filters.country));
    if (filters.type) conditions.push(eb('registrations.organisation_type', '=', filters.type));
    if (filters.status === 'confirmed') conditions.push(eb('registrations.confirmed_at', 'is not', null));
    if (filters.status === 'unconfirmed') conditions.push(eb('registrations.confirmed_at', 'is', null));
    if (filters.group) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('registration_groups')
            .select('registration_groups.group_id')
            .whereRef('registration_groups.registration_id', '=', 'registrations.id')
            .where('registration_groups.group_id', '=', filters.group),
        ),
      );
    }
    if (filters.q) {
      const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
      const like = (column: 'full_name' | 'email' | 'organisation' | 'reference') =>
        sql<boolean>`lower(${sql.ref(`registrations.${column}`)}) like ${pattern} escape '\\'`;
      conditions.push(eb.or([like('full_name'), like('email'), like('organisation'), like('reference')]));
    }
    return eb.and(conditions);
  };
}

async function withGroups(db: Db, rows: Omit<AdminRegistration, 'groups'>[]): Promise<AdminRegistration[]> {
  if (rows.length === 0) return [];
  const groups = await db
    .selectFrom('registration_groups')
    .select(['registration_id', 'group_id'])
    .where(
      'registration_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('group_id')
    .execute();
  const byId = new Map<string, string[]>();
  for (const g of groups) byId.set(g.registration_id, [...(byId.get(g.registration_id) ?? []), g.group_id]);
  return rows.map((r) => ({ ...r, groups: byId.get(r.id) ?? [] }));
}

function baseSelect(db: Db, filters: Filters) {
  return db
    .selectFrom('registrations')
    .select([
      'registrations.id',
      'registrations.reference',
      'registrations.email',
      'registrations.full_name as fullName',
      'registrations.organisation',
      'registrations.country',
      'registrations.organisation_type as organisationType',
      'registrations.meeting_slug as meetingSlug',
      'registrations.contribution',
      'registrations.consent_at as consentAt',
      'registrations.privacy_version as privacyVersion',
      'registrations.language',
      'registrations.created_at as createdAt',
      'registrations.updated_at as updatedAt',
      'registrations.confirmed_at as confirmedAt',
    ])
    .where(matching(filters))
    .orderBy('registrations.created_at', 'desc')
    .orderBy('registrations.id');
}

export async function findRegistrations(
  db: Db,
  filters: Filters,
  page: { limit: number; offset: number },
): Promise<{ rows: AdminRegistration[]; total: number }> {
  const [rows, count] = await Promise.all([
    baseSelect(db, filters).limit(page.limit).offset(page.offset).execute(),
    db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(matching(filters))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: await withGroups(db, rows), total: Number(count.n) };
}

/**
 * Every matching registration, for the export: read in batches (memory stays bounded per query) from one
 * consistent snapshot (lib/db/snapshot.ts), so a registration stored or erased during a long download
 * neither appears twice nor shifts another out of its batch.
 */
export function allRegistrations(db: Db, filters: Filters, batch = 500): AsyncGenerator<AdminRegistration[]> {
  return readInSnapshot(db, async function* (snapshot) {
    for (let offset = 0; ; offset += batch) {
      const rows = await baseSelect(snapshot, filters).limit(batch).offset(offset).execute();
      if (rows.length === 0) return;
      yield await withGroups(snapshot, rows);
      if (rows.length < batch) return;
    }
  });
}

export async function countByGroup(db: Db, filters: Filters): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('registration_groups')
    .innerJoin('registrations', 'registrations.id', 'registration_groups.registration_id')
    .select((eb) => ['registration_groups.group_id as key', eb.fn.countAll<number | string>().as('n')])
    .where(matching(filters))
    .groupBy('registration_groups.group_id')
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

export async function countByCountry(db: Db, filters: Filters): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('registrations')
    .select((eb) => ['registrations.country as key', eb.fn.countAll<number | string>().as('n')])
    .where(matching(filters))
    .groupBy('registrations.country')
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

export async function findRegistrationById(db: Db, id: string): Promise<AdminRegistration | null> {
  const row = await baseSelect(db, {}).where('registrations.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [withG] = await withGroups(db, [row]);
  return withG ?? null;
}

/**
 * Deletes a registration and everything stored with it (groups, proposed changes, queued mail); call it
 * inside a transaction with whatever must commit with it. Returns its reference, or null if it was gone.
 */
export async function deleteRegistration(trx: Db, id: string): Promise<string | null> {
  const row = await trx.selectFrom('registrations').select('reference').where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  await trx.deleteFrom('mail_queue').where('registration_id', '=', id).execute();
  await trx.deleteFrom('registration_changes').where('registration_id', '=', id).execute();
  await trx.deleteFrom('registration_groups').where('registration_id', '=', id).execute();
  await trx.deleteFrom('registrations').where('id', '=', id).execute();
  return row.reference;
}

/**
 * Erases a registration and appends its audit entry (by reference) in one transaction: there is never an
 * erasure without its record, nor a record of an erasure that did not happen. Returns the reference, or
 * null (and records nothing) when the registration was already gone.
 */
export async function eraseRegistration(
  db: Db,
  id: string,
  audit: { actor: AuditActor; action: 'erase' | 'retention' | 'withdrawn'; clientKey?: string | null; now: Date },
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const reference = await deleteRegistration(trx, id);
    if (reference) await appendAudit(trx, { ...audit, target: { reference } });
    return reference;
  });
}

export async function confirmRegistration(db: Db, id: string, now: Date): Promise<'confirmed' | 'already-confirmed' | 'gone'> {
  const result = await db
    .updateTable('registrations')
    .set({ confirmed_at: now.toISOString() })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return 'confirmed';
  const exists = await db.selectFrom('registrations').select('id').where('id', '=', id).executeTakeFirst();
  return exists ? 'already-confirmed' : 'gone';
}

/** Ids of registrations past retention, given the cut-offs of lib/retention/policy.ts. */
export async function findExpiredRegistrationIds(
  db: Db,
  cutoffs: { allBefore: Date | null; unconfirmedBefore: Date | null },
): Promise<string[]> {
  if (!cutoffs.allBefore && !cutoffs.unconfirmedBefore) return [];
  const rows = await db
    .selectFrom('registrations')
    .select('id')
    .where((eb) => {
      const ors = [];
      if (cutoffs.allBefore) ors.push(eb('consent_at', '<', cutoffs.allBefore.toISOString()));
      if (cutoffs.unconfirmedBefore) {
        ors.push(eb.and([eb('confirmed_at', 'is', null), eb('consent_at', '<', cutoffs.unconfirmedBefore.toISOString())]));
      }
      return eb.or(ors);
    })
    .execute();
  return rows.map((r) => r.id);
}
