import fs from 'node:fs';
import { createDb, databaseKind, migrateToLatest, sqlitePathFromUrl } from '@/lib/db/client';
import { deleteRegistration } from '@/lib/db/registration-admin';

/** The audit actions that erase a registration: the secretariat's erase, retention, the registrant's withdrawal. */
const ERASING_ACTIONS = ['erase', 'retention', 'withdrawn'] as const;

/** One erasure as its audit entry recorded it; `target` is the erased registration's reference. */
export type Erasure = { id: string; at: string; actor: string; action: string; target: string; clientKey: string | null };

/**
 * Every erasure that the audit log of the database at `databaseUrl` records, oldest first. Throws, with
 * the reason, when that database cannot be read (a SQLite file that does not exist is not created).
 */
export async function readErasures(databaseUrl: string): Promise<Erasure[]> {
  if (databaseKind(databaseUrl) === 'sqlite' && !fs.existsSync(sqlitePathFromUrl(databaseUrl))) {
    throw new Error(`there is no database at ${sqlitePathFromUrl(databaseUrl)}`);
  }
  const db = createDb(databaseUrl);
  try {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'at', 'actor', 'action', 'target', 'client_key'])
      .where('action', 'in', ERASING_ACTIONS)
      .where('target', 'is not', null)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, target: r.target!, clientKey: r.client_key }));
  } finally {
    await db.destroy();
  }
}

/**
 * Erases again, in the database at `databaseUrl` (a restored backup), every registration that one of
 * `erasures` erased after the backup was taken (S-PRIVACY-2): each deletion commits with a copy of its
 * original audit entry, so the restored log tells the same story. References are never reused, so a
 * registration in the backup whose reference was erased later is exactly one that must go. The schema
 * is brought up to date first (an older backup may lack newer tables). Returns the references erased.
 */
export async function reapplyErasures(databaseUrl: string, erasures: readonly Erasure[]): Promise<string[]> {
  const db = createDb(databaseUrl);
  try {
    await migrateToLatest(db);
    const erased: string[] = [];
    for (const erasure of erasures) {
      const row = await db.selectFrom('registrations').select('id').where('reference', '=', erasure.target).executeTakeFirst();
      if (!row) continue;
      await db.transaction().execute(async (trx) => {
        await deleteRegistration(trx, row.id);
        await trx
          .insertInto('audit_log')
          .values({ id: erasure.id, at: erasure.at, actor: erasure.actor, action: erasure.action, target: erasure.target, client_key: erasure.clientKey })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      });
      erased.push(erasure.target);
    }
    return erased;
  } finally {
    await db.destroy();
  }
}
