import 'server-only';
import { randomUUID } from 'node:crypto';
import { SqliteAdapter, type Transaction } from 'kysely';
import type { Db } from './client';
import { isUniqueViolation } from './errors';
import { groupCommitOf } from './group-commit';
import { insertChange } from './registration-changes';
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
  /** The interface language of the submission (S-I18N-3); a proposed change keeps the registration's own. */
  language: string;
}

export interface SavedRegistration {
  /** The registration this submission created, or the one it proposes to change. */
  id: string;
  /** This submission's own reference: the new registration's, or the proposed change's (never an earlier one). */
  reference: string;
  outcome: 'created' | 'proposed';
  /** The stored proposal when the address already had a registration. */
  changeId: string | null;
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
  language: string;
  createdAt: string;
  updatedAt: string;
}

const MAX_ATTEMPTS = 5;

/** Work that must commit together with the registration it follows (its mail), in the same transaction. */
export type AlsoInTransaction = (trx: Transaction<Database>, saved: SavedRegistration) => Promise<void>;

/**
 * Stores a submission in one transaction (S-FORM-4). A new address creates a registration with a fresh
 * reference. A known address (same `emailKey`) changes nothing of its registration: the submission is
 * stored as a proposed change with its own fresh reference, valid until `changeExpiresAt`, which only
 * the mailbox's owner can apply (lib/db/registration-changes.ts). Two submissions racing on one new
 * address, or a reference that collides, hit a unique constraint; the submission is then tried again
 * (with a fresh reference), where the address is found. `alsoInTransaction` runs after the rows are
 * written, before the commit: if it throws, nothing of this submission is stored and its error is thrown.
 *
 * On SQLite, submissions arriving while another one's transaction runs share the next transaction, each in
 * its own savepoint, with one COMMIT (lib/db/group-commit.ts); on PostgreSQL each has its own transaction
 * (a pool of connections commits in parallel). Either way the promise resolves only after the commit.
 */
export async function saveRegistration(
  db: Db,
  input: RegistrationInput,
  options: { now: Date; newReference: () => string; changeExpiresAt: Date; alsoInTransaction?: AlsoInTransaction },
): Promise<SavedRegistration> {
  const write = (trx: Transaction<Database>) => writeRegistration(trx, input, { ...options, reference: options.newReference() });
  const retry = (error: unknown, attempt: number) => attempt < MAX_ATTEMPTS && isUniqueViolation(error);
  if (db.getExecutor().adapter instanceof SqliteAdapter) return groupCommitOf(db).run({ run: write, retry });
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(write);
    } catch (error) {
      if (!retry(error, attempt)) throw error;
    }
  }
}

/** The rows of one submission, written with `trx` (a transaction or a savepoint of one). */
async function writeRegistration(
  trx: Transaction<Database>,
  input: RegistrationInput,
  options: { now: Date; reference: string; changeExpiresAt: Date; alsoInTransaction?: AlsoInTransaction },
): Promise<SavedRegistration> {
  const now = options.now.toISOString();
  const existing = await trx.selectFrom('registrations').select('id').where('email_key', '=', input.emailKey).executeTakeFirst();

  let saved: SavedRegistration;
  if (existing) {
    const changeId = await insertChange(trx, {
      reference: options.reference,
      registrationId: existing.id,
      input,
      now: options.now,
      expiresAt: options.changeExpiresAt,
    });
    saved = { id: existing.id, reference: options.reference, outcome: 'proposed', changeId };
  } else {
    const id = randomUUID();
    await trx
      .insertInto('registrations')
      .values({
        id,
        reference: options.reference,
        email: input.email,
        email_key: input.emailKey,
        full_name: input.fullName,
        organisation: input.organisation,
        country: input.country,
        organisation_type: input.organisationType,
        meeting_slug: input.meetingSlug,
        contribution: input.contribution,
        consent_at: now,
        privacy_version: input.privacyVersion,
        language: input.language,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (input.groups.length > 0) {
      await trx
        .insertInto('registration_groups')
        .values(input.groups.map((group_id) => ({ registration_id: id, group_id })))
        .execute();
    }
    saved = { id, reference: options.reference, outcome: 'created', changeId: null };
  }
  await options.alsoInTransaction?.(trx, saved);
  return saved;
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
    language: r.language,
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

/** The id of the registration for an address's comparison key, or null. */
export async function findRegistrationIdByEmailKey(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('registrations').select('id').where('email_key', '=', key).executeTakeFirst();
  return row?.id ?? null;
}

/** What the registrant may change on the manage page: everything but the address (its key) and consent. */
export interface RegistrationDetails {
  fullName: string;
  organisation: string;
  country: string;
  organisationType: string;
  groups: readonly string[];
  meetingSlug: string | null;
  contribution: string | null;
  /** The language of the mail sent to them (one of lib/i18n/locales.ts). */
  language: string;
}

/**
 * Replaces a registration's details with what its owner entered on the manage page (rectification): the
 * groups become exactly the chosen ones. Call inside a transaction. False when the registration is gone.
 */
export async function updateRegistrationDetails(db: Db, id: string, details: RegistrationDetails, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('registrations')
    .set({
      full_name: details.fullName,
      organisation: details.organisation,
      country: details.country,
      organisation_type: details.organisationType,
      meeting_slug: details.meetingSlug,
      contribution: details.contribution,
      language: details.language,
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom('registration_groups').where('registration_id', '=', id).execute();
  if (details.groups.length > 0) {
    await db
      .insertInto('registration_groups')
      .values(details.groups.map((group_id) => ({ registration_id: id, group_id })))
      .execute();
  }
  return true;
}
