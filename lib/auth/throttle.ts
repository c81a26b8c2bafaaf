/**
 * Failed sign-in rule (docs/decisions/0061-sign-in-throttling.md), as pure functions of the
 * failures recorded in the last window:
 * - each failure for an account or a client adds a delay before the answer (1 s, 2 s, 4 s, capped at 8 s);
 * - after MAX_FAILURES_PER_ACCOUNT failures for one email address within WINDOW, that account is
 *   locked until the window has passed since the first of them, whatever the client;
 * - after MAX_FAILURES_PER_CLIENT failures from one client address within WINDOW, that client is
 *   locked the same way, whatever the account.
 * A successful sign-in clears the account's failures.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;
export const MAX_DELAY_MS = 8000;

export type FailureCounts = {
  accountFailures: number;
  clientFailures: number;
  /** Oldest failure in the window that counts towards the lock (account or client). */
  oldestAccountFailure: Date | null;
  oldestClientFailure: Date | null;
};

export type ThrottleDecision = { locked: boolean; lockedUntil: Date | null; delayMs: number };

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - THROTTLE_WINDOW_MS);
}

export function decideThrottle(counts: FailureCounts): ThrottleDecision {
  const until = (oldest: Date | null) => (oldest ? new Date(oldest.getTime() + THROTTLE_WINDOW_MS) : null);
  if (counts.accountFailures >= MAX_FAILURES_PER_ACCOUNT) {
    return { locked: true, lockedUntil: until(counts.oldestAccountFailure), delayMs: MAX_DELAY_MS };
  }
  if (counts.clientFailures >= MAX_FAILURES_PER_CLIENT) {
    return { locked: true, lockedUntil: until(counts.oldestClientFailure), delayMs: MAX_DELAY_MS };
  }
  const failures = Math.max(counts.accountFailures, Math.min(counts.clientFailures, 4));
  const delayMs = failures === 0 ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - 1));
  return { locked: false, lockedUntil: null, delayMs };
}
