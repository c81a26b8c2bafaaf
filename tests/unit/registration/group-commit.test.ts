import fs from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { applicant, CLIENT_KEY, SUBMITTED_AT, submissionContext } from './submissions';

// The environment is read once, on first use: set it before anything asks.
process.env.SITE_URL = 'https://dei.example.eu';
process.env.SECRETARIAT_EMAIL = 'secretariat@example.eu';

const { createDb, migrateToLatest, sqlitePathFromUrl } = await import('@/lib/db/client');
const { registerInterest } = await import('@/lib/registration/register-interest');
const { listRegistrations, saveRegistration } = await import('@/lib/db/registrations');
const { listMail } = await import('@/lib/db/mail-queue');
const { dbTargets, sqliteTarget } = await import('../db/targets');
const { freshDb } = await import('../admin/test-db');

type Db = Awaited<ReturnType<typeof freshDb>>['db'];
type RegistrationInput = Parameters<typeof saveRegistration>[1];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const now = SUBMITTED_AT;
const changeExpiresAt = new Date('2026-12-28T10:00:00Z');

let serial = 0;
/** A reference no other call returns (8 characters, like lib/registration/reference.ts's). */
const uniqueReference = () => `R${String(++serial).padStart(7, '0')}`;

const input = (n: number): RegistrationInput => ({
  email: `person-${n}@example.eu`,
  emailKey: `person-${n}@example.eu`,
  fullName: `Person ${n}`,
  organisation: 'Ministry of Economy',
  country: 'DE',
  organisationType: 'member-state-authority',
  groups: ['wg1', 'wg2'],
  meetingSlug: null,
  contribution: null,
  privacyVersion: '1.1',
  language: 'en',
});

/**
 * Transactions committed to a SQLite database in WAL mode since its WAL was last reset, read from the WAL
 * file itself (https://www.sqlite.org/fileformat.html#the_write_ahead_log): a frame whose header carries a
 * non-zero "database size after commit" ends a committed transaction; frames whose salts differ from the
 * header's are left over from before the last reset and are not counted.
 */
function walCommits(file: string): number {
  const walFile = `${file}-wal`;
  if (!fs.existsSync(walFile)) return 0;
  const wal = fs.readFileSync(walFile);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salts[0] || wal.readUInt32BE(at + 12) !== salts[1]) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits += 1;
  }
  return commits;
}

/** A migrated SQLite database through the app's own connection, with its WAL emptied. */
async function sqliteWithWal(): Promise<{ db: Db; file: string }> {
  const { url, drop } = await sqliteTarget.create();
  const db = createDb(url);
  cleanups.push(async () => {
    await db.destroy();
    await drop();
  });
  await migrateToLatest(db);
  const file = sqlitePathFromUrl(url);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  expect(walCommits(file)).toBe(0);
  return { db, file };
}

const settle = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

describe('group commit on SQLite', () => {
  test('concurrent registrations share commits; a lone one commits at once, alone', async () => {
    const { db, file } = await sqliteWithWal();
    const saved = await Promise.all(Array.from({ length: 30 }, (_, i) => saveRegistration(db, input(i), { now, newReference: uniqueReference, changeExpiresAt })));
    expect(saved.map((s) => s.outcome)).toEqual(Array(30).fill('created'));
    expect((await listRegistrations(db)).length).toBe(30);
    const commits = walCommits(file);
    // The first starts a transaction at once; the 29 that arrive while it runs share the next one.
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThanOrEqual(2);

    await saveRegistration(db, input(99), { now, newReference: uniqueReference, changeExpiresAt });
    expect(walCommits(file)).toBe(commits + 1);
    expect((await listRegistrations(db)).some((r) => r.email === 'person-99@example.eu')).toBe(true);
  });

  test('a failure at COMMIT fails every registration of that batch and stores none of them', async () => {
    const { db } = await sqliteWithWal();
    // A foreign key checked at COMMIT (SQLite: DEFERRABLE INITIALLY DEFERRED): a row pointing nowhere
    // passes its own savepoint and makes the batch's COMMIT fail.
    await sql`create table commit_guard (registration_id text not null references registrations(id) deferrable initially deferred)`.execute(db);
    const BAD = 6;
    const posts = Array.from({ length: 12 }, (_, i) =>
      saveRegistration(db, input(i), {
        now,
        newReference: uniqueReference,
        changeExpiresAt,
        alsoInTransaction: async (trx) => {
          if (i === BAD) await sql`insert into commit_guard (registration_id) values ('nowhere')`.execute(trx);
        },
      }),
    );
    const outcomes = await settle(posts);
    const bad = outcomes[BAD]!;
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);

    const stored = new Set((await listRegistrations(db)).map((r) => r.email));
    const rejected = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [i] : []));
    // The bad one took down the others of its batch (the first post committed alone before it)...
    expect(rejected.length).toBeGreaterThan(1);
    expect(rejected).not.toContain(0);
    outcomes.forEach((o, i) => {
      // ...and nothing was acknowledged that is not stored, nor stored that was refused.
      expect(stored.has(`person-${i}@example.eu`)).toBe(o.status === 'fulfilled');
    });
    const orphans = await db.selectFrom('registration_groups').select('registration_id').where('registration_id', 'not in', db.selectFrom('registrations').select('id')).execute();
    expect(orphans).toEqual([]);
    expect(await sql`select count(*) as n from commit_guard`.execute(db).then((r) => Number((r.rows[0] as { n: number }).n))).toBe(0);

    // The connection is usable again: the next registration commits.
    await saveRegistration(db, input(50), { now, newReference: uniqueReference, changeExpiresAt });
    expect((await listRegistrations(db)).some((r) => r.email === 'person-50@example.eu')).toBe(true);
  });
});

describe.each(dbTargets)('concurrent registrations on $name', (target) => {
  test('one that fails rolls back only itself; a colliding reference is retried in its own savepoint', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    const FAILS = 7;
    const COLLIDES = 11;
    let firstReference = '';
    const posts = Array.from({ length: 20 }, (_, i) => {
      let calls = 0;
      return saveRegistration(db, input(i), {
        now,
        changeExpiresAt,
        // The colliding one first draws the reference the first post was given.
        newReference: () => {
          calls += 1;
          if (i === 0) return (firstReference = uniqueReference());
          return i === COLLIDES && calls === 1 ? firstReference : uniqueReference();
        },
        alsoInTransaction: async () => {
          // After its rows are written: the rollback must take them away again.
          if (i === FAILS) throw new Error('this one fails');
        },
      });
    });
    const outcomes = await settle(posts);
    outcomes.forEach((o, i) => expect(o.status).toBe(i === FAILS ? 'rejected' : 'fulfilled'));
    expect(String((outcomes[FAILS] as PromiseRejectedResult).reason)).toMatch(/this one fails/);

    const stored = await listRegistrations(db);
    expect(stored.map((r) => r.email).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => i)
        .filter((i) => i !== FAILS)
        .map((i) => `person-${i}@example.eu`)
        .sort(),
    );
    expect(stored.every((r) => r.groups.join() === 'wg1,wg2')).toBe(true);
    expect(new Set(stored.map((r) => r.reference)).size).toBe(19);
    const collided = (outcomes[COLLIDES] as PromiseFulfilledResult<{ reference: string }>).value;
    expect(collided.reference).not.toBe(firstReference);
    const groups = await db.selectFrom('registration_groups').select('registration_id').execute();
    expect(groups.length).toBe(19 * 2);
  });

  test('the rate limit holds under 30 parallel posts from one client', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => registerInterest(applicant(i), submissionContext(db, 10))));
    expect(results.filter((r) => r.status === 'stored').length).toBe(10);
    expect(results.filter((r) => r.status === 'rate-limited').length).toBe(20);
    const stored = await listRegistrations(db);
    expect(stored.length).toBe(10);
    const hits = await db.selectFrom('rate_limits').select('count').where('key', '=', CLIENT_KEY).executeTakeFirstOrThrow();
    expect(Number(hits.count)).toBe(10);
    // Mail to applicants only for those stored (the secretariat's notifications aside).
    const mailed = new Set((await listMail(db, { limit: 100, offset: 0 })).mail.map((m) => m.toAddress).filter((to) => to !== 'secretariat@example.eu'));
    expect(mailed).toEqual(new Set(stored.map((r) => r.email)));
  });

  test('the same address for the same meeting, posted 10 times at once: one registration, nine proposed changes', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    const results = await Promise.all(Array.from({ length: 10 }, () => registerInterest(applicant(1, 'plenary-2027'), submissionContext(db, 0))));
    expect(results.every((r) => r.status === 'stored')).toBe(true);
    const references = results.map((r) => (r.status === 'stored' ? r.reference : ''));
    expect(new Set(references).size).toBe(10);
    const stored = await listRegistrations(db);
    expect(stored.map((r) => [r.email, r.meetingSlug])).toEqual([['applicant-1@example.eu', 'plenary-2027']]);
    const changes = await db.selectFrom('registration_changes').select(['reference', 'registration_id']).execute();
    expect(changes.length).toBe(9);
    expect(changes.every((c) => c.registration_id === stored[0]!.id)).toBe(true);
    expect(new Set([stored[0]!.reference, ...changes.map((c) => c.reference)])).toEqual(new Set(references));
  });
});
