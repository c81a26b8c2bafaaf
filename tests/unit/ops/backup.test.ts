import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb, migrateToLatest, type Db } from '@/lib/db/client';
import { eraseRegistration } from '@/lib/db/registration-admin';
import { saveRegistration } from '@/lib/db/registrations';
import { sqliteIntegrity } from '@/lib/ops/backup';
import { dbTargets } from '../admin/test-db';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');

/** The CLI exactly as `npm run db:…` runs it, against `databaseUrl`. */
function dbCli(databaseUrl: string, ...args: string[]) {
  return run(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/db.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function registration(i: number) {
  const email = `stream-${i}-${randomBytes(3).toString('hex')}@example.eu`;
  return {
    email,
    emailKey: email,
    fullName: `Person ${i}`,
    organisation: 'Org',
    country: 'BE',
    organisationType: 'sme',
    groups: ['wg1'],
    meetingSlug: null,
    contribution: null,
    privacyVersion: 'test',
    language: 'en',
  };
}

/** Registrations written one after another until stopped; each email is recorded once its commit returned. */
function stream(db: Db) {
  const acknowledged: string[] = [];
  let stopped = false;
  const done = (async () => {
    for (let i = 0; !stopped; i++) {
      const input = registration(i);
      const now = new Date();
      await saveRegistration(db, input, { now, newReference: () => randomBytes(4).toString('hex').toUpperCase(), changeExpiresAt: new Date(now.getTime() + 86_400_000) });
      acknowledged.push(input.email);
      // better-sqlite3 answers synchronously: let timers and the backup process's pipes have a turn.
      await new Promise((r) => setImmediate(r));
    }
  })();
  return { acknowledged, stop: async () => ((stopped = true), await done) };
}

async function emails(db: Db): Promise<Set<string>> {
  return new Set((await db.selectFrom('registrations').select('email').execute()).map((r) => r.email));
}

describe.each(dbTargets)('$name', (target) => {
  test('a backup taken while registrations stream in restores whole, with every registration acknowledged before it began', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const db = createDb(url);
    cleanups.push(() => db.destroy());
    await migrateToLatest(db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-backup-'));
    const file = path.join(dir, target.name === 'SQLite' ? 'backup.sqlite' : 'backup.pgdump');

    const writer = stream(db);
    while (writer.acknowledged.length < 50) await new Promise((r) => setTimeout(r, 10));
    const before = [...writer.acknowledged];
    await dbCli(url, 'backup', '--out', file);
    const afterBackup = writer.acknowledged.length;
    while (writer.acknowledged.length < afterBackup + 20) await new Promise((r) => setTimeout(r, 10));
    await writer.stop();
    const written = writer.acknowledged.length;
    expect(written).toBeGreaterThan(before.length);

    // Two registrations the backup holds are erased after it was taken: the restore must not bring them back.
    const [withdrawn, expired] = await Promise.all(
      [before[3]!, before[7]!].map((email) => db.selectFrom('registrations').select(['id', 'reference', 'email']).where('email', '=', email).executeTakeFirstOrThrow()),
    );
    await eraseRegistration(db, withdrawn!.id, { actor: 'registrant', action: 'withdrawn', now: new Date() });
    await eraseRegistration(db, expired!.id, { actor: 'system', action: 'retention', now: new Date() });

    // Restore: SQLite into a new file (the site would be stopped), PostgreSQL over the same schema.
    const restoredUrl = target.name === 'SQLite' ? `file:${path.join(dir, 'restored.sqlite')}` : url;
    await db.destroy();
    await expect(dbCli(restoredUrl, 'restore', file)).rejects.toMatchObject({ code: 2 });
    // The erasures are read from the database being replaced, or from the old one when restoring elsewhere.
    const erasuresFrom = restoredUrl === url ? [] : ['--erasures-from', url];
    const { stdout } = await dbCli(restoredUrl, 'restore', file, '--yes', ...erasuresFrom);
    expect(stdout).toContain('erased again 2 registration(s)');
    if (target.name === 'SQLite') expect(sqliteIntegrity(restoredUrl.slice('file:'.length))).toBe('ok');

    const restored = createDb(restoredUrl);
    cleanups.push(() => restored.destroy());
    const present = await emails(restored);
    expect(present.has(withdrawn!.email)).toBe(false);
    expect(present.has(expired!.email)).toBe(false);
    const erasedAgain = [withdrawn!.email, expired!.email];
    expect(before.filter((e) => !present.has(e) && !erasedAgain.includes(e))).toEqual([]);
    const audit = await restored.selectFrom('audit_log').select(['action', 'target']).where('target', 'in', [withdrawn!.reference, expired!.reference]).execute();
    expect(audit).toEqual(expect.arrayContaining([
      { action: 'withdrawn', target: withdrawn!.reference },
      { action: 'retention', target: expired!.reference },
    ]));
    // A snapshot: nothing acknowledged after the backup had finished is in it.
    expect(writer.acknowledged.slice(afterBackup).filter((e) => present.has(e))).toEqual([]);
    // Groups came with their registrations.
    const orphans = await restored
      .selectFrom('registrations')
      .leftJoin('registration_groups', 'registration_groups.registration_id', 'registrations.id')
      .where('registration_groups.registration_id', 'is', null)
      .select('registrations.id')
      .execute();
    expect(orphans).toEqual([]);
  });

  test('a restore refuses to run when it cannot read the erasures to re-apply, unless told to go without', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const db = createDb(url);
    await migrateToLatest(db);
    await saveRegistration(db, registration(1), { now: new Date(), newReference: () => 'ABCDEFGH', changeExpiresAt: new Date(Date.now() + 86_400_000) });
    await db.destroy();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-backup-'));
    const file = path.join(dir, target.name === 'SQLite' ? 'backup.sqlite' : 'backup.pgdump');
    await dbCli(url, 'backup', '--out', file);
    const missing = `file:${path.join(dir, 'nowhere', 'lost.sqlite')}`;
    const refused = dbCli(url, 'restore', file, '--yes', '--erasures-from', missing);
    await expect(refused).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--without-erasures') });
    const { stdout } = await dbCli(url, 'restore', file, '--yes', '--without-erasures');
    expect(stdout).toContain('erased again 0 registration(s)');
  });

  test('db:migrate shows pending migrations and applies them', async () => {
    const { url, drop } = await target.create();
    cleanups.push(drop);
    const pending = await dbCli(url, 'migrate');
    expect(pending.stdout).toMatch(/^pending {2}0001-registrations$/m);
    expect(pending.stdout).toMatch(/migration\(s\) pending/);
    const applied = await dbCli(url, 'migrate', '--apply');
    expect(applied.stdout).toMatch(/^applied {2}0001-registrations {2}\d{4}-/m);
    expect(applied.stdout).not.toMatch(/^pending/m);
    expect(applied.stdout).toContain('The database is up to date.');
  });
});
