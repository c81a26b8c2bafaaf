import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from './client';
import './admin-schema';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-out',
  'view-registrations',
  'export',
  'erase',
  'view-mail',
  'view-audit',
  'account-created',
  'password-changed',
  'retention',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  clientKey: string | null;
};

export async function appendAudit(
  db: Db,
  entry: { actor: string; action: AuditAction; target?: string | null; clientKey?: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: entry.now.toISOString(),
      actor: entry.actor.slice(0, 320),
      action: entry.action,
      target: entry.target?.slice(0, 500) ?? null,
      client_key: entry.clientKey ?? null,
    })
    .execute();
}

export async function listAudit(db: Db, options: { limit: number; offset: number }): Promise<{ entries: AuditEntry[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    entries: rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, target: r.target, clientKey: r.client_key })),
    total: Number(count.n),
  };
}
