import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from './client';
import { isUniqueViolation } from './errors';
import type { Database } from './schema';

/** What the registration domain hands to storage: already validated and normalised. */
export interface RegistrationInput {
  email: string;
  emailKey: string;
  fullName: string;
  organisation: string;
  country: string;
  organisationType: string;
  groups: readonly string[];
  meetingSlug: string | null;
  contribution: string | null;
  privacyVersion: string;
}

export interface SavedRegistration {
  id: string;
  reference: string;
  outcome: 'created' | 'updated';
}

export interface StoredRegistration {
  id: string;
  reference: string;
  email: string;
  emailKey: string;
  fullName: string;
  organisation: string;
  country: string;
  organisationType: string;
  groups: string[];
  meetingSlug: string | null;
  contribution: string | null;
  consentAt: string;
  privacyVersion: string;
  createdAt: string;
  updatedAt: string;
}

const MAX_ATTEMPTS = 5;

/** Work that must commit together with the registration it follows (its mail), in the same transaction. */
export type AlsoInTransaction = (trx: Transaction<Database>, saved: SavedRegistration) => Promise<void>;

/**
 * Stores a registration in one transaction: a new address creates a row with a fresh reference; a known
 * address (same `emailKey`) updates its row, keeps its reference and adds the new groups to the old ones.
 * Two submissions racing on one address, or a reference that collides, hit a unique constraint; the
 * whole transaction is then tried again, where the address is found and updated.
 * `alsoInTransaction` runs after the row is written, before the commit: if it fails, nothing is stored.
 */
export async function saveRegistration(
  db: Db,
  input: RegistrationInput,
  options: { now: Date; newReference: () => string; alsoInTransaction?: AlsoInTransaction },
): Promise<SavedRegistration> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveOnce(db, input, options.now.toISOString(), options.newReference(), options.alsoInTransaction);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
}

async function saveOnce(
  db: Db,
  input: RegistrationInput,
  now: string,
  reference: string,
  alsoInTransaction: AlsoInTransaction | undefined,
): Promise<SavedRegistration> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('registrations')
      .select(['id', 'reference', 'meeting_slug', 'contribution'])
      .where('email_key', '=', input.emailKey)
      .executeTakeFirst();

    const fields = {
      email: input.email,
      full_name: input.fullName,
      organisation: input.organisation,
      country: input.country,
      organisation_type: input.organisationType,
      consent_at: now,
      privacy_version: input.privacyVersion,
      updated_at: now,
    };

    let saved: SavedRegistration;
    if (existing) {
      await trx
        .updateTable('registrations')
        .set({
          ...fields,
          // An update that leaves these empty keeps what the earlier registration said.
          meeting_slug: input.meetingSlug ?? existing.meeting_slug,
          contribution: input.contribution ?? existing.contribution,
        })
        .where('id', '=', existing.id)
        .execute();
      saved = { id: existing.id, reference: existing.reference, outcome: 'updated' };
    } else {
      const id = randomUUID();
      await trx
        .insertInto('registrations')
        .values({
          ...fields,
          id,
          reference,
          email_key: input.emailKey,
          meeting_slug: input.meetingSlug,
          contribution: input.contribution,
          created_at: now,
        })
        .execute();
      saved = { id, reference, outcome: 'created' };
    }

    if (input.groups.length > 0) {
      await trx
        .insertInto('registration_groups')
        .values(input.groups.map((group_id) => ({ registration_id: saved.id, group_id })))
        .onConflict((oc) => oc.columns(['registration_id', 'group_id']).doNothing())
        .execute();
    }
    await alsoInTransaction?.(trx, saved);
    return saved;
  });
}

type Row = Awaited<ReturnType<typeof selectRows>>[number];

function selectRows(db: Db) {
  return db.selectFrom('registrations').selectAll().orderBy('created_at').orderBy('id').execute();
}

function toStored(r: Row, groups: string[]): StoredRegistration {
  return {
    id: r.id,
    reference: r.reference,
    email: r.email,
    emailKey: r.email_key,
    fullName: r.full_name,
    organisation: r.organisation,
    country: r.country,
    organisationType: r.organisation_type,
    groups,
    meetingSlug: r.meeting_slug,
    contribution: r.contribution,
    consentAt: r.consent_at,
    privacyVersion: r.privacy_version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Every registration with its groups, oldest first. */
export async function listRegistrations(db: Db): Promise<StoredRegistration[]> {
  const rows = await selectRows(db);
  const groups = await db.selectFrom('registration_groups').selectAll().orderBy('group_id').execute();
  const byId = new Map<string, string[]>();
  for (const g of groups) byId.set(g.registration_id, [...(byId.get(g.registration_id) ?? []), g.group_id]);
  return rows.map((r) => toStored(r, byId.get(r.id) ?? []));
}

export async function findRegistrationByReference(db: Db, reference: string): Promise<StoredRegistration | null> {
  const row = await db.selectFrom('registrations').selectAll().where('reference', '=', reference).executeTakeFirst();
  if (!row) return null;
  const groups = await db
    .selectFrom('registration_groups')
    .select('group_id')
    .where('registration_id', '=', row.id)
    .orderBy('group_id')
    .execute();
  return toStored(row, groups.map((g) => g.group_id));
}

export async function countRegistrations(db: Db): Promise<number> {
  const row = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
