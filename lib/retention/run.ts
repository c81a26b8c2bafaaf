import 'server-only';
import { pruneSessions } from '@/lib/db/admin-sessions';
import { appendAudit } from '@/lib/db/audit-log';
import type { Db } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import { pruneSentMail } from '@/lib/db/mail-queue';
import { eraseRegistration, findExpiredRegistrationIds } from '@/lib/db/registration-admin';
import { pruneTokens } from '@/lib/db/registration-tokens';
import { pruneSignInFailures } from '@/lib/db/sign-in-failures';
import { getEnv } from '@/lib/env';
import { THROTTLE_WINDOW_MS } from '@/lib/auth/throttle';
import { msUntilNextRun, retentionCutoffs, type RetentionPolicy } from './policy';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Housekeeping periods for data that is not a registration. */
const EXPIRED_TOKEN_KEEP_MS = 30 * DAY_MS;
const SENT_MAIL_KEEP_MS = 30 * DAY_MS;

/** Erases every registration past retention (and its mail), then prunes expired helpers; returns the count. */
export async function enforceRetention(db: Db, policy: RetentionPolicy, now: Date): Promise<number> {
  const ids = await findExpiredRegistrationIds(db, retentionCutoffs(policy, now));
  let erased = 0;
  for (const id of ids) if (await eraseRegistration(db, id)) erased++;
  if (erased > 0) {
    await appendAudit(db, { actor: 'system', action: 'retention', target: String(erased), now });
  }
  await pruneTokens(db, new Date(now.getTime() - EXPIRED_TOKEN_KEEP_MS));
  await pruneSentMail(db, new Date(now.getTime() - SENT_MAIL_KEEP_MS));
  await pruneSessions(db, now);
  await pruneSignInFailures(db, new Date(now.getTime() - THROTTLE_WINDOW_MS));
  return erased;
}

const KEY = Symbol.for('dei-platform.retention-timer');
const slot = globalThis as unknown as Record<symbol, NodeJS.Timeout | undefined>;

async function runOnce(): Promise<void> {
  const env = getEnv();
  try {
    const erased = await enforceRetention(
      await getDb(),
      { retentionDays: env.RETENTION_DAYS, unconfirmedRetentionDays: env.UNCONFIRMED_RETENTION_DAYS },
      new Date(),
    );
    if (erased > 0) console.info(`[retention] erased ${erased} registration(s) past retention`);
  } catch (error) {
    console.error('[retention] run failed; it will run again at the next scheduled time:', error);
  }
}

function scheduleNext(): void {
  const timer = setTimeout(() => {
    void runOnce().finally(scheduleNext);
  }, msUntilNextRun(new Date()));
  timer.unref();
  slot[KEY] = timer;
}

/** At start-up and then daily at 03:00 UTC; the timer never keeps the process alive. */
export function startRetentionSchedule(): void {
  if (slot[KEY]) return;
  scheduleNext();
  void runOnce();
}
