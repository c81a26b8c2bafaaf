import 'server-only';
import { randomUUID } from 'node:crypto';
import { auditFilters, parseFilters } from '@/lib/admin/filters';
import type { Db } from './client';
import './admin-schema';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-out',
  'view-registrations',
  'view-registration',
  'export',
  'erase',
  'view-mail',
  'view-audit',
  'account-created',
  'password-changed',
  'account-removed',
  'retention',
  'withdrawn',
  'view-meetings',
  'invitations-sent',
  'invitation-test',
  'change-notice-sent',
  'outcomes-notice-sent',
  'attendance-export',
  'waiting-list-promoted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Who acted, as a reference, never a name or an address (S-PRIVACY-2): a secretariat account by its id,
 * the system (retention), the command line, a registrant through their own link, or someone unknown (a
 * sign-in with an address that has no account).
 */
export type AuditActor = 'system' | 'cli' | 'registrant' | 'anonymous' | { accountId: string };

/**
 * What was acted on: a registration by its reference, an account by its id, or the list's filters as
 * `auditFilters` (lib/admin/filters.ts) writes them, with any search text replaced by `*`, or a meeting
 * by its slug (stored as `meeting:<slug>`).
 */
export type AuditTarget = { reference: string } | { accountId: string } | { filters: string } | { meeting: string };

export type AuditEntry = {
  id: string;
  at: string;
  /** The stored actor: `account:<id>`, `system`, `cli`, `registrant` or `anonymous`. */
  actor: string;
  /** The account's current email address when the actor is an account that still exists (for display). */
  actorEmail: string | null;
  action: string;
  target: string | null;
  /** Likewise for a target that is an account. */
  targetEmail: string | null;
  clientKey: string | null;
};

const REFERENCE = /^[A-Z0-9]{8}$/;
const MEETING_SLUG = /^[a-z0-9][a-z0-9-]{0,150}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function actorText(actor: AuditActor): string {
  if (typeof actor === 'string') return actor;
  if (!UUID.test(actor.accountId)) throw new Error('an audit actor must be an account id');
  return `account:${actor.accountId}`;
}

function targetText(target: AuditTarget | null | undefined): string | null {
  if (!target) return null;
  if ('reference' in target) {
    if (!REFERENCE.test(target.reference)) throw new Error('an audit target must be a registration reference');
    return target.reference;
  }
  if ('accountId' in target) return actorText(target);
  if ('meeting' in target) {
    if (!MEETING_SLUG.test(target.meeting)) throw new Error('an audit target must be a meeting slug');
    return `meeting:${target.meeting}`;
  }
  // Only what auditFilters writes: known ids, and `*` for any text.
  if (auditFilters(parseFilters(new URLSearchParams(target.filters))) !== target.filters) {
    throw new Error('audit filters may hold only ids and the search marker');
  }
  return target.filters || null;
}

/**
 * Appends one entry. The shapes above are checked here, at the one door to the table, so that no caller
 * can write an email address, a name or a search text into the log. `db` may be a transaction, so an
 * entry commits with the action it records.
 */
export async function appendAudit(
  db: Db,
  entry: { actor: AuditActor; action: AuditAction; target?: AuditTarget | null; clientKey?: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: entry.now.toISOString(),
      actor: actorText(entry.actor),
      action: entry.action,
      target: targetText(entry.target),
      client_key: entry.clientKey ?? null,
    })
    .execute();
}

export async function listAudit(db: Db, options: { limit: number; offset: number }): Promise<{ entries: AuditEntry[]; total: number }> {
  const [rows, count, accounts] = await Promise.all([
    db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('admin_accounts').select(['id', 'email']).execute(),
  ]);
  const emails = new Map(accounts.map((a) => [`account:${a.id}`, a.email]));
  return {
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      actorEmail: emails.get(r.actor) ?? null,
      action: r.action,
      target: r.target,
      targetEmail: r.target ? (emails.get(r.target) ?? null) : null,
      clientKey: r.client_key,
    })),
    total: Number(count.n),
  };
}

/** Deletes the entries written before `before` (AUDIT_RETENTION_DAYS, lib/retention/policy.ts). */
export async function pruneAudit(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('audit_log').where('at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
