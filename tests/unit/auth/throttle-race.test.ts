import { afterEach, describe, expect, test } from 'vitest';
import { ensureBootstrapAccount } from '@/lib/admin/accounts';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/throttle';
import { listAudit } from '@/lib/db/audit-log';
import { dbTargets, freshDb } from '../admin/test-db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.each(dbTargets)('$name', (target) => {
  test('thirty wrong passwords sent at once check no more passwords than the rule allows', async () => {
    const { db, cleanup } = await freshDb(target);
    cleanups.push(cleanup);
    await ensureBootstrapAccount(db, { ADMIN_EMAIL: 'secretariat@example.eu', ADMIN_PASSWORD: 'a long enough password' }, new Date('2026-11-28T09:00:00Z'));
    const now = new Date('2026-11-28T10:00:00Z');
    const noWait = async () => {};
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attemptSignIn(db, { email: 'secretariat@example.eu', password: `wrong ${i}`, clientKey: `ip:10.0.0.${i}`, now }, noWait),
      ),
    );
    const checked = results.filter((r) => r.status === 'invalid').length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => r.status === 'locked')).toHaveLength(30 - checked);
    const { entries } = await listAudit(db, { limit: 100, offset: 0 });
    expect(entries.filter((e) => e.action === 'sign-in-failed')).toHaveLength(checked);
    // And the account is locked afterwards, for the right password too.
    expect((await attemptSignIn(db, { email: 'secretariat@example.eu', password: 'a long enough password', clientKey: 'ip:10.1.1.1', now }, noWait)).status).toBe('locked');
  });
});
