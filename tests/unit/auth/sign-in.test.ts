import { afterEach, describe, expect, test } from 'vitest';
import { ensureBootstrapAccount, setAccount } from '@/lib/admin/accounts';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_CLIENT, THROTTLE_WINDOW_MS } from '@/lib/auth/throttle';
import { listAudit } from '@/lib/db/audit-log';
import { dbTargets, freshDb, type DbTarget } from '../admin/test-db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function withAccount(target: DbTarget) {
  const { db, cleanup } = await freshDb(target);
  cleanups.push(cleanup);
  const env = { ADMIN_EMAIL: 'Secretariat@Example.eu', ADMIN_PASSWORD: 'a long enough password' };
  expect(await ensureBootstrapAccount(db, env, new Date())).toBe('created');
  expect(await ensureBootstrapAccount(db, env, new Date())).toBe('unchanged');
  return db;
}

describe.each(dbTargets)('$name', (target) => {
  test('the right password signs in (email case ignored); a wrong one is refused and audited', async () => {
    const db = await withAccount(target);
    const now = new Date('2026-11-28T10:00:00Z');
    const delays: number[] = [];
    const wait = async (ms: number) => void delays.push(ms);
    const ok = await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a long enough password', clientKey: 'ip:10.0.0.1', now }, wait);
    expect(ok).toMatchObject({ status: 'ok', email: 'Secretariat@Example.eu' });
    expect(await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'wrong', clientKey: 'ip:10.0.0.1', now }, wait)).toEqual({ status: 'invalid' });
    expect(await attemptSignIn(db, { email: 'nobody@example.eu', password: 'x', clientKey: 'ip:10.0.0.1', now }, wait)).toEqual({ status: 'invalid' });
    const { entries } = await listAudit(db, { limit: 10, offset: 0 });
    expect(entries.map((e) => e.action).sort()).toEqual(['account-created', 'sign-in', 'sign-in-failed', 'sign-in-failed']);
  });

  test('failures slow the answer, then lock the account for every client until the window passes', async () => {
    const db = await withAccount(target);
    const start = new Date('2026-11-28T10:00:00Z');
    const delays: number[] = [];
    const wait = async (ms: number) => void delays.push(ms);
    const attempt = (password: string, clientKey: string, now: Date) =>
      attemptSignIn(db, { email: 'secretariat@example.eu', password, clientKey, now }, wait);

    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect((await attempt('wrong', `ip:10.0.0.${i}`, new Date(start.getTime() + i * 1000))).status).toBe('invalid');
    }
    expect(delays).toEqual([0, 1000, 2000, 4000, 8000]);

    // Locked: even the right password from a new client is refused, without checking it.
    const later = new Date(start.getTime() + 60_000);
    expect(await attempt('a long enough password', 'ip:10.9.9.9', later)).toEqual({ status: 'locked', retryAfterMinutes: 14 });
    // Once the window has passed since the first failure, the right password works again.
    const after = new Date(start.getTime() + THROTTLE_WINDOW_MS + 5000);
    expect((await attempt('a long enough password', 'ip:10.9.9.9', after)).status).toBe('ok');
    const { entries } = await listAudit(db, { limit: 50, offset: 0 });
    expect(entries.filter((e) => e.action === 'sign-in-locked')).toHaveLength(1);
  });

  test('one client failing across many accounts is locked; the shared unidentified bucket is only slowed', async () => {
    const db = await withAccount(target);
    const now = new Date('2026-11-28T10:00:00Z');
    const wait = async () => undefined;
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) {
      await attemptSignIn(db, { email: `guess${i}@example.eu`, password: 'x', clientKey: 'ip:192.0.2.7', now }, wait);
    }
    const locked = await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a long enough password', clientKey: 'ip:192.0.2.7', now }, wait);
    expect(locked.status).toBe('locked');
    const other = await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a long enough password', clientKey: 'ip:192.0.2.8', now }, wait);
    expect(other.status).toBe('ok');

    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) {
      await attemptSignIn(db, { email: `other${i}@example.eu`, password: 'x', clientKey: 'direct', now }, wait);
    }
    const direct = await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a long enough password', clientKey: 'direct', now }, wait);
    expect(direct.status).toBe('ok');
  }, 180_000); // 40 scrypt checks on a shared machine

  test('the CLI sets a new password, and the old one stops working', async () => {
    const db = await withAccount(target);
    const now = new Date('2026-11-28T10:00:00Z');
    const wait = async () => undefined;
    expect(await setAccount(db, { email: 'secretariat@example.eu', password: 'a brand new password' }, now)).toBe('updated');
    expect(await setAccount(db, { email: 'second@example.eu', password: 'another password!' }, now)).toBe('created');
    expect((await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a long enough password', clientKey: 'ip:1', now }, wait)).status).toBe('invalid');
    expect((await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a brand new password', clientKey: 'ip:1', now }, wait)).status).toBe('ok');
    await expect(setAccount(db, { email: 'x@example.eu', password: 'short' }, now)).rejects.toThrow();
  });
});
