import 'server-only';
import { THROTTLE_WINDOW_MS } from '@/lib/auth/throttle';
import { pruneSessions } from '@/lib/db/admin-sessions';
import { pruneAudit } from '@/lib/db/audit-log';
import type { Db } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import { pruneMail } from '@/lib/db/mail-queue';
import { pruneRateLimits } from '@/lib/db/rate-limits';
import { eraseRegistration, findExpiredRegistrationIds } from '@/lib/db/registration-admin';
import { pruneChanges } from '@/lib/db/registration-changes';
import { pruneTokens } from '@/lib/db/registration-tokens';
import { pruneSignInFailures } from '@/lib/db/sign-in-failures';
import { housekeepingCutoffs, msUntilNextRun, retentionCutoffs, type HousekeepingPolicy } from './policy';
import { runningRetention } from './settings';
import { scopedLogger } from '@/lib/log';

/**
 * Erases every registration past retention. Each erasure commits with its own audit entry (by reference)
 * in one transaction, so the log lists exactly the registrations that were erased; returns how many.
 */
export async function eraseExpiredRegistrations(db: Db, policy: HousekeepingPolicy, now: Date): Promise<number> {
  const ids = await findExpiredRegistrationIds(db, retentionCutoffs(policy, now));
  let erased = 0;
  for (const id of ids) if (await eraseRegistration(db, id, { actor: 'system', action: 'retention', now })) erased++;
  return erased;
}

/**
 * The daily run (S-FORM-8, S-PRIVACY-2): registrations past retention, then everything else past its own
 * time — proposed changes past their expiry, old link tokens, sent and failed mail, audit entries past
 * AUDIT_RETENTION_DAYS — and what the frequent run prunes. Returns the number of registrations erased.
 */
export async function enforceRetention(db: Db, policy: HousekeepingPolicy, now: Date): Promise<number> {
  const erased = await eraseExpiredRegistrations(db, policy, now);
  const cutoffs = housekeepingCutoffs(policy, now);
  await pruneChanges(db, now);
  await pruneTokens(db, cutoffs.tokensExpiredBefore);
  await pruneMail(db, cutoffs.mailBefore);
  if (cutoffs.auditBefore) await pruneAudit(db, cutoffs.auditBefore);
  await pruneShortLived(db, now);
  return erased;
}

/**
 * The frequent run, every minute: rate-limit rows whose window has ended (client addresses, mailbox
 * hashes), sign-in failures older than the throttle's window, and expired sessions. Each is kept only
 * while it can still count for something.
 */
export async function pruneShortLived(db: Db, now: Date): Promise<void> {
  await pruneRateLimits(db, now);
  await pruneSignInFailures(db, new Date(now.getTime() - THROTTLE_WINDOW_MS));
  await pruneSessions(db, now);
}

const FREQUENT_MS = 60_000;
const KEY = Symbol.for('dei-platform.retention-timer');
const slot = globalThis as unknown as Record<symbol, { daily?: NodeJS.Timeout; frequent?: NodeJS.Timeout } | undefined>;

async function runDaily(): Promise<void> {
  try {
    const erased = await enforceRetention(await getDb(), runningRetention(), new Date());
    if (erased > 0) scopedLogger('retention').info({ erased }, 'erased registrations past retention');
  } catch (error) {
    scopedLogger('retention').error({ err: error }, 'the run failed; it runs again at the next scheduled time');
  }
}

async function runFrequent(): Promise<void> {
  try {
    await pruneShortLived(await getDb(), new Date());
  } catch (error) {
    scopedLogger('retention').error({ err: error }, 'pruning short-lived rows failed; it runs again in a minute');
  }
}

function scheduleDaily(): void {
  const timer = setTimeout(() => {
    void runDaily().finally(scheduleDaily);
  }, msUntilNextRun(new Date()));
  timer.unref();
  (slot[KEY] ??= {}).daily = timer;
}

/** At start-up, then daily at 03:00 UTC, plus the frequent run every minute; no timer keeps the process alive. */
export function startRetentionSchedule(): void {
  if (slot[KEY]) return;
  scheduleDaily();
  const frequent = setInterval(() => void runFrequent(), FREQUENT_MS);
  frequent.unref();
  slot[KEY]!.frequent = frequent;
  void runDaily();
}
