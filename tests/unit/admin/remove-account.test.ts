import { afterEach, describe, expect, test } from 'vitest';
import { removeAccount, setAccount } from '@/lib/admin/accounts';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { findAccountByEmail } from '@/lib/db/admin-accounts';
import { findSession, insertSession } from '@/lib/db/admin-sessions';
import { listAudit } from '@/lib/db/audit-log';
import { dbTargets, freshDb } from './test-db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.each(dbTargets)('$name', (target) => {
  test('removing a secretariat account deletes it and its sessions, is audited, and leaves the others', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    const now = new Date('2026-11-28T10:00:00Z');
    await setAccount(db, { email: 'leaver@example.eu', password: 'a long enough password' }, now);
    await setAccount(db, { email: 'stayer@example.eu', password: 'another long password' }, now);
    const leaver = (await findAccountByEmail(db, 'leaver@example.eu'))!;
    await insertSession(db, { tokenHash: 'h'.repeat(64), accountId: leaver.id, now, expiresAt: new Date(now.getTime() + 3_600_000) });

    expect(await removeAccount(db, 'Leaver@Example.eu', now, { ADMIN_EMAIL: 'stayer@example.eu' })).toEqual({ removed: true, onlyFromEnvironment: false });
    expect(await findAccountByEmail(db, 'leaver@example.eu')).toBeNull();
    expect(await findSession(db, 'h'.repeat(64))).toBeFalsy();
    expect(await db.selectFrom('admin_sessions').select('token_hash').execute()).toEqual([]);
    const noWait = async () => {};
    expect((await attemptSignIn(db, { email: 'leaver@example.eu', password: 'a long enough password', clientKey: 'ip:1', now }, noWait)).status).toBe('invalid');
    expect(await findAccountByEmail(db, 'stayer@example.eu')).not.toBeNull();
    const { entries } = await listAudit(db, { limit: 20, offset: 0 });
    expect(entries.filter((e) => e.action === 'account-removed').map((e) => e.target)).toEqual([`account:${leaver.id}`]);

    expect(await removeAccount(db, 'leaver@example.eu', now)).toEqual({ removed: false, onlyFromEnvironment: false });
    expect((await removeAccount(db, 'stayer@example.eu', now, { ADMIN_EMAIL: 'Stayer@example.eu' })).onlyFromEnvironment).toBe(true);
  });
});
