import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from './client';
import type { RegistrationInput } from './registrations';
import type { RegistrationChangesTable } from './registrant-schema';
import './registrant-schema';

/** A submission for an address that already had a registration, waiting for the mailbox owner's click. */
export type ProposedChange = {
  id: string;
  reference: string;
  registrationId: string;
  email: string;
  fullName: string;
  organisation: string;
  country: string;
  organisationType: string;
  groups: string[];
  meetingSlug: string | null;
  contribution: string | null;
  privacyVersion: string;
  createdAt: string;
  expiresAt: string;
};

function parseGroups(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

function toChange(r: Selectable<RegistrationChangesTable>): ProposedChange {
  return {
    id: r.id,
    reference: r.reference,
    registrationId: r.registration_id,
    email: r.email,
    fullName: r.full_name,
    organisation: r.organisation,
    country: r.country,
    organisationType: r.organisation_type,
    groups: parseGroups(r.groups),
    meetingSlug: r.meeting_slug,
    contribution: r.contribution,
    privacyVersion: r.privacy_version,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

/** Stores a proposed change (inside the submission's transaction); returns its id. */
export async function insertChange(
  db: Db,
  change: { reference: string; registrationId: string; input: RegistrationInput; now: Date; expiresAt: Date },
): Promise<string> {
  const id = randomUUID();
  const { input } = change;
  await db
    .insertInto('registration_changes')
    .values({
      id,
      reference: change.reference,
      registration_id: change.registrationId,
      email: input.email,
      full_name: input.fullName,
      organisation: input.organisation,
      country: input.country,
      organisation_type: input.organisationType,
      groups: JSON.stringify(input.groups),
      meeting_slug: input.meetingSlug,
      contribution: input.contribution,
      privacy_version: input.privacyVersion,
      created_at: change.now.toISOString(),
      expires_at: change.expiresAt.toISOString(),
    })
    .execute();
  return id;
}

export async function findChange(db: Db, id: string): Promise<ProposedChange | null> {
  const row = await db.selectFrom('registration_changes').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toChange(row) : null;
}

/** The changes waiting for one registration, oldest first (shown to its owner on the manage page). */
export async function listChanges(db: Db, registrationId: string): Promise<ProposedChange[]> {
  const rows = await db
    .selectFrom('registration_changes')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toChange);
}

/** A registration's details before or after a change. */
export type ChangeableDetails = {
  email: string;
  fullName: string;
  organisation: string;
  country: string;
  organisationType: string;
  groups: string[];
  meetingSlug: string | null;
  contribution: string | null;
};

/**
 * What a registration would read after a change (S-FORM-4): the details replaced, the groups added to its
 * own, and an empty meeting or contribution keeping the stored one. The address stays as first written
 * (the change was for the same address, perhaps in other capitals). The change page shows this, and
 * `applyChange` stores exactly this.
 */
export function afterChange(current: ChangeableDetails, change: ProposedChange): ChangeableDetails {
  return {
    email: current.email,
    fullName: change.fullName,
    organisation: change.organisation,
    country: change.country,
    organisationType: change.organisationType,
    groups: [...new Set([...current.groups, ...change.groups])].sort(),
    meetingSlug: change.meetingSlug ?? current.meetingSlug,
    contribution: change.contribution ?? current.contribution,
  };
}

/**
 * Applies a proposed change to its registration (`afterChange`) and deletes it; call inside a transaction.
 * Consent is renewed (the owner's click is their consent) and the address counts as confirmed (the click
 * came from its mailbox). Returns the registration's id, or null when the change no longer exists.
 */
export async function applyChange(db: Db, changeId: string, now: Date): Promise<string | null> {
  const change = await findChange(db, changeId);
  if (!change) return null;
  const current = await db
    .selectFrom('registrations')
    .select(['email', 'full_name', 'organisation', 'country', 'organisation_type', 'meeting_slug', 'contribution', 'confirmed_at'])
    .where('id', '=', change.registrationId)
    .executeTakeFirst();
  if (!current) return null;
  const groups = await db.selectFrom('registration_groups').select('group_id').where('registration_id', '=', change.registrationId).execute();
  const after = afterChange(
    {
      email: current.email,
      fullName: current.full_name,
      organisation: current.organisation,
      country: current.country,
      organisationType: current.organisation_type,
      groups: groups.map((g) => g.group_id),
      meetingSlug: current.meeting_slug,
      contribution: current.contribution,
    },
    change,
  );
  const at = now.toISOString();
  await db
    .updateTable('registrations')
    .set({
      email: after.email,
      full_name: after.fullName,
      organisation: after.organisation,
      country: after.country,
      organisation_type: after.organisationType,
      meeting_slug: after.meetingSlug,
      contribution: after.contribution,
      consent_at: at,
      privacy_version: change.privacyVersion,
      confirmed_at: current.confirmed_at ?? at,
      updated_at: at,
    })
    .where('id', '=', change.registrationId)
    .execute();
  if (after.groups.length > 0) {
    await db
      .insertInto('registration_groups')
      .values(after.groups.map((group_id) => ({ registration_id: change.registrationId, group_id })))
      .onConflict((oc) => oc.columns(['registration_id', 'group_id']).doNothing())
      .execute();
  }
  await db.deleteFrom('registration_changes').where('id', '=', change.id).execute();
  return change.registrationId;
}

/** Deletes the changes that can no longer be applied (their expiry is at or before `now`). */
export async function pruneChanges(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('registration_changes').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
