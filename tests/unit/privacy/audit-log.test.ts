import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, test } from 'vitest';
import { ensureBootstrapAccount, setAccount } from '@/lib/admin/accounts';
import { auditFilters, parseFilters } from '@/lib/admin/filters';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/throttle';
import { findAccountByEmail } from '@/lib/db/admin-accounts';
import { appendAudit } from '@/lib/db/audit-log';
import { createDb, migrateToLatest } from '@/lib/db/client';
import { migrations } from '@/lib/db/migrations';
import { eraseRegistration } from '@/lib/db/registration-admin';
import { saveRegistration } from '@/lib/db/registrations';
import { enforceRetention } from '@/lib/retention/run';
import { dbTargets, freshDb } from '../admin/test-db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const now = new Date('2026-11-28T10:00:00Z');
/** What must never be in the log: addresses, names, and the text of a search. */
const PERSONAL = /@|anna|müller|secretariat|nobody|stranger/i;

describe.each(dbTargets)('on $name', (target) => {
  test('no audit entry holds an email address, a name or a search text, whatever the secretariat does', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    await ensureBootstrapAccount(db, { ADMIN_EMAIL: 'Secretariat@Example.eu', ADMIN_PASSWORD: 'a long enough password' }, now);
    await setAccount(db, { email: 'second.member@example.eu', password: 'another long password' }, now);
    await setAccount(db, { email: 'second.member@example.eu', password: 'a changed long password' }, now);
    const wait = async () => undefined;
    const signIn = (email: string, password: string) => attemptSignIn(db, { email, password, clientKey: 'ip:10.0.0.1', now }, wait);
    await signIn('secretariat@example.eu', 'a long enough password');
    await signIn('nobody.stranger@example.eu', 'guess');
    for (let i = 0; i <= MAX_FAILURES_PER_ACCOUNT; i++) await signIn('second.member@example.eu', 'wrong');
    const account = (await findAccountByEmail(db, 'secretariat@example.eu'))!;
    // The admin list searched for a person, and filtered with values typed into the URL.
    const searched = parseFilters(new URLSearchParams({ q: 'Anna Müller anna@example.eu', group: 'anna@example.eu', country: 'DE', status: 'confirmed' }));
    await appendAudit(db, { actor: { accountId: account.id }, action: 'view-registrations', target: { filters: auditFilters(searched) }, now });
    await appendAudit(db, { actor: { accountId: account.id }, action: 'export', target: { filters: auditFilters(searched) }, now });
    const saved = await saveRegistration(
      db,
      { email: 'anna@example.eu', emailKey: 'anna@example.eu', fullName: 'Anna Müller', organisation: 'O', country: 'DE', organisationType: 'sme', groups: ['wg1'], meetingSlug: null, contribution: null, privacyVersion: '1', language: 'en' },
      { now, newReference: () => 'REFE2345', changeExpiresAt: now },
    );
    await eraseRegistration(db, saved.id, { actor: { accountId: account.id }, action: 'erase', clientKey: 'ip:10.0.0.1', now });
    await enforceRetention(db, { retentionDays: 1, unconfirmedRetentionDays: 1, auditRetentionDays: 0 }, now);

    const rows = await db.selectFrom('audit_log').selectAll().execute();
    expect(rows.map((r) => r.action).sort()).toEqual(
      ['account-created', 'account-created', 'erase', 'export', 'password-changed', 'sign-in', 'sign-in-failed', 'sign-in-failed', 'sign-in-failed', 'sign-in-failed', 'sign-in-failed', 'sign-in-failed', 'sign-in-locked', 'view-registrations'].sort(),
    );
    for (const row of rows) expect(`${row.actor} ${row.target ?? ''}`).not.toMatch(PERSONAL);
    expect(rows.find((r) => r.action === 'view-registrations')?.target).toBe('?q=*&group=*&country=DE&status=confirmed');
    expect(rows.find((r) => r.action === 'erase')).toMatchObject({ actor: `account:${account.id}`, target: 'REFE2345' });
    expect(rows.filter((r) => r.action === 'sign-in-failed').map((r) => r.actor)).toContain('anonymous');
  });

  test('the log refuses a target that is not a reference, an account id or filters without text', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    const bad = [
      { reference: 'anna@example.eu' },
      { filters: '?q=anna' },
      { filters: '?group=anna' },
      { filters: '?q=a%40b' },
      { accountId: 'anna@example.eu' },
    ];
    for (const t of bad) await expect(appendAudit(db, { actor: 'system', action: 'erase', target: t, now })).rejects.toThrow();
    await expect(appendAudit(db, { actor: { accountId: 'anna@example.eu' }, action: 'erase', now })).rejects.toThrow();
    expect(await db.selectFrom('audit_log').select('id').execute()).toEqual([]);
  });

  test('entries written before the rule are rewritten: accounts by id, unknown addresses and search texts removed', async () => {
    const { url, drop } = await target.create();
    const db = createDb(url);
    cleanups.push(async () => {
      await db.destroy();
      await drop();
    });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const before = await migrator.migrateTo('0103-tokens');
    expect(before.error).toBeUndefined();
    await db
      .insertInto('admin_accounts')
      .values({ id: '0a2b7c4e-3f1d-4e5a-9b8c-7d6e5f4a3b2c', email: 'Member@Example.eu', email_key: 'member@example.eu', password_hash: 'x', created_at: '', updated_at: '' })
      .execute();
    const legacy = [
      { actor: 'member@example.eu', action: 'sign-in', target: null },
      { actor: 'stranger@example.org', action: 'sign-in-failed', target: null },
      { actor: 'member@example.eu', action: 'view-registrations', target: '?q=Anna+M%C3%BCller&group=wg1' },
      { actor: 'member@example.eu', action: 'export', target: '?q=anna%40example.eu' },
      { actor: 'system', action: 'account-created', target: 'Member@Example.eu' },
      { actor: 'cli', action: 'account-created', target: 'removed@example.eu' },
      { actor: 'member@example.eu', action: 'erase', target: 'ABCD2345' },
    ];
    await db
      .insertInto('audit_log')
      .values(legacy.map((l, i) => ({ id: `legacy-${i}`, at: `2026-01-0${i + 1}T00:00:00.000Z`, client_key: null, ...l })))
      .execute();
    await migrateToLatest(db);
    const rows = await db.selectFrom('audit_log').select(['actor', 'action', 'target']).orderBy('at').execute();
    const member = 'account:0a2b7c4e-3f1d-4e5a-9b8c-7d6e5f4a3b2c';
    expect(rows).toEqual([
      { actor: member, action: 'sign-in', target: null },
      { actor: 'anonymous', action: 'sign-in-failed', target: null },
      { actor: member, action: 'view-registrations', target: '?q=*&group=wg1' },
      { actor: member, action: 'export', target: '?q=*' },
      { actor: 'system', action: 'account-created', target: member },
      { actor: 'cli', action: 'account-created', target: null },
      { actor: member, action: 'erase', target: 'ABCD2345' },
    ]);
  });
});
