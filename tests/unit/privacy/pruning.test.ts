import { afterEach, describe, expect, test } from 'vitest';
import { appendAudit } from '@/lib/db/audit-log';
import { enqueueMail, markMailRetry, markMailSent } from '@/lib/db/mail-queue';
import { insertToken } from '@/lib/db/registration-tokens';
import { recordSignInFailure } from '@/lib/db/sign-in-failures';
import { hitRateLimit } from '@/lib/db/rate-limits';
import { THROTTLE_WINDOW_MS } from '@/lib/auth/throttle';
import { enforceRetention, pruneShortLived } from '@/lib/retention/run';
import { EXPIRED_TOKEN_KEEP_DAYS, MAIL_KEEP_DAYS } from '@/lib/retention/policy';
import { dbTargets, freshDb, type DbTarget } from '../admin/test-db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const DAY = 86_400_000;
const now = new Date('2026-11-28T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const policy = { retentionDays: 365, unconfirmedRetentionDays: 30, auditRetentionDays: 90 };

async function db(target: DbTarget) {
  const fresh = await freshDb(target);
  cleanups.push(fresh.cleanup);
  return fresh.db;
}

describe.each(dbTargets)('on $name, with the clock passed in', (target) => {
  test('audit entries go after AUDIT_RETENTION_DAYS, and stay for ever with 0', async () => {
    const d = await db(target);
    for (const [reference, at] of [['OLDAUD23', ago(90 * DAY + 1)], ['EDGEAU23', ago(90 * DAY)], ['NEWAUD23', ago(DAY)]] as const) {
      await appendAudit(d, { actor: 'system', action: 'retention', target: { reference }, now: at });
    }
    const targets = async () => (await d.selectFrom('audit_log').select('target').orderBy('target').execute()).map((r) => r.target);
    await enforceRetention(d, { ...policy, auditRetentionDays: 0 }, now);
    expect(await targets()).toEqual(['EDGEAU23', 'NEWAUD23', 'OLDAUD23']);
    await enforceRetention(d, policy, now);
    expect(await targets()).toEqual(['EDGEAU23', 'NEWAUD23']);
  });

  test('sent mail (kept without its body) and mail that gave up go after 30 days; waiting mail stays', async () => {
    const d = await db(target);
    const queued = async (subject: string, at: Date) =>
      enqueueMail(d, { registrationId: null, kind: 'no-registration', toName: '', toAddress: 'x@example.eu', subject, bodyText: 'body with a link', now: at });
    const oldSent = await queued('old sent', ago(MAIL_KEEP_DAYS * DAY + DAY));
    await markMailSent(d, oldSent, ago(MAIL_KEEP_DAYS * DAY + 1));
    const newSent = await queued('new sent', ago(DAY));
    await markMailSent(d, newSent, ago(DAY));
    const oldFailed = await queued('old failed', ago(MAIL_KEEP_DAYS * DAY + 1));
    await markMailRetry(d, oldFailed, { error: '550 no such user', nextAttemptAt: now, giveUp: true });
    await queued('old waiting', ago(MAIL_KEEP_DAYS * DAY + DAY));
    const rows = async () => d.selectFrom('mail_queue').select(['subject', 'body_text']).orderBy('subject').execute();
    expect((await rows()).find((r) => r.subject === 'new sent')?.body_text).toBe('');
    await enforceRetention(d, policy, now);
    expect((await rows()).map((r) => r.subject)).toEqual(['new sent', 'old waiting']);
  });

  test('sign-in failures go once they are older than the throttle window; rate-limit rows once their window ends', async () => {
    const d = await db(target);
    await recordSignInFailure(d, { emailKey: 'x@example.eu', clientKey: 'ip:1', now: ago(THROTTLE_WINDOW_MS + 1) });
    await recordSignInFailure(d, { emailKey: 'x@example.eu', clientKey: 'ip:1', now: ago(THROTTLE_WINDOW_MS - 1000) });
    await hitRateLimit(d, 'ip:1', { now: ago(600_000), windowSeconds: 600 });
    await hitRateLimit(d, 'ip:2', { now, windowSeconds: 600 });
    await pruneShortLived(d, now);
    expect(await d.selectFrom('sign_in_failures').select('at').execute()).toEqual([{ at: ago(THROTTLE_WINDOW_MS - 1000).toISOString() }]);
    expect(await d.selectFrom('rate_limits').select('key').execute()).toEqual([{ key: 'ip:2' }]);
  });

  test('link tokens go 30 days after they expired', async () => {
    const d = await db(target);
    for (const [hash, expires] of [['a'.repeat(64), ago(EXPIRED_TOKEN_KEEP_DAYS * DAY + 1)], ['b'.repeat(64), ago(EXPIRED_TOKEN_KEEP_DAYS * DAY - 1000)]] as const) {
      await insertToken(d, { tokenHash: hash, registrationId: 'gone', purpose: 'manage', now: ago(60 * DAY), expiresAt: expires });
    }
    await enforceRetention(d, policy, now);
    expect(await d.selectFrom('registration_tokens').select('token_hash').execute()).toEqual([{ token_hash: 'b'.repeat(64) }]);
  });
});
