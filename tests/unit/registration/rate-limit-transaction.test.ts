import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { applicant, CLIENT_KEY, submissionContext } from './submissions';

// The environment is read once, on first use: set it before anything asks.
process.env.SITE_URL = 'https://dei.example.eu';
process.env.SECRETARIAT_EMAIL = 'secretariat@example.eu';

const { registerInterest } = await import('@/lib/registration/register-interest');
const { listRegistrations } = await import('@/lib/db/registrations');
const { listMail } = await import('@/lib/db/mail-queue');
const { dbTargets, freshDb } = await import('../admin/test-db');

type Db = Awaited<ReturnType<typeof freshDb>>['db'];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const hits = async (db: Db) => (await db.selectFrom('rate_limits').select('count').where('key', '=', CLIENT_KEY).executeTakeFirst())?.count;

/** Makes every insert into mail_queue fail (the mail store is broken), and undoes it. */
async function breakMailQueue(db: Db, postgres: boolean): Promise<() => Promise<void>> {
  if (postgres) {
    await sql`create function refuse_mail() returns trigger language plpgsql as $$ begin raise exception 'mail store down'; end $$`.execute(db);
    await sql`create trigger refuse_mail before insert on mail_queue for each row execute function refuse_mail()`.execute(db);
    return async () => {
      await sql`drop trigger refuse_mail on mail_queue`.execute(db);
      await sql`drop function refuse_mail()`.execute(db);
    };
  }
  await sql`create trigger refuse_mail before insert on mail_queue begin select raise(abort, 'mail store down'); end`.execute(db);
  return async () => void (await sql`drop trigger refuse_mail`.execute(db));
}

describe.each(dbTargets)('on $name', (target) => {
  test('over the limit nothing is stored or mailed; the hits of stored registrations are counted', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    expect((await registerInterest(applicant(1), submissionContext(db, 2))).status).toBe('stored');
    expect((await registerInterest(applicant(2), submissionContext(db, 2))).status).toBe('stored');
    expect(await registerInterest(applicant(3), submissionContext(db, 2))).toEqual({ status: 'rate-limited', retryAfterSeconds: 600 });
    expect((await listRegistrations(db)).map((r) => r.email).sort()).toEqual(['applicant-1@example.eu', 'applicant-2@example.eu']);
    expect((await listMail(db, { limit: 100, offset: 0 })).mail.some((m) => m.toAddress === 'applicant-3@example.eu')).toBe(false);
    expect(Number(await hits(db))).toBe(2);
  });

  test('the hit commits with the registration: a registration that fails takes none of the allowance', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    const repair = await breakMailQueue(db, target.name === 'PostgreSQL');
    await expect(registerInterest(applicant(1), submissionContext(db, 1))).rejects.toThrow(/mail store down/);
    expect(await hits(db)).toBeUndefined();
    await repair();
    // The allowance of one is still whole.
    expect((await registerInterest(applicant(1), submissionContext(db, 1))).status).toBe('stored');
    expect((await registerInterest(applicant(2), submissionContext(db, 1))).status).toBe('rate-limited');
  });
});
