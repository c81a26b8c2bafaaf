import { expect, test } from 'vitest';
import { decideThrottle, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_CLIENT, THROTTLE_WINDOW_MS } from '@/lib/auth/throttle';

const none = { accountFailures: 0, clientFailures: 0, oldestAccountFailure: null, oldestClientFailure: null };

test('no failures: no delay, not locked', () => {
  expect(decideThrottle(none)).toEqual({ locked: false, lockedUntil: null, delayMs: 0 });
});

test('each failure doubles the delay before the answer, up to 8 seconds', () => {
  const delays = [1, 2, 3, 4].map((n) => decideThrottle({ ...none, accountFailures: n }).delayMs);
  expect(delays).toEqual([1000, 2000, 4000, 8000]);
});

test('the account locks at the limit, until the window has passed since its first failure', () => {
  const first = new Date('2026-01-01T10:00:00Z');
  const d = decideThrottle({ ...none, accountFailures: MAX_FAILURES_PER_ACCOUNT, oldestAccountFailure: first });
  expect(d.locked).toBe(true);
  expect(d.lockedUntil?.getTime()).toBe(first.getTime() + THROTTLE_WINDOW_MS);
  expect(decideThrottle({ ...none, accountFailures: MAX_FAILURES_PER_ACCOUNT - 1 }).locked).toBe(false);
});

test('a client that fails across many accounts locks too', () => {
  const first = new Date('2026-01-01T10:00:00Z');
  expect(decideThrottle({ ...none, clientFailures: MAX_FAILURES_PER_CLIENT, oldestClientFailure: first }).locked).toBe(true);
  expect(decideThrottle({ ...none, clientFailures: MAX_FAILURES_PER_CLIENT - 1 }).locked).toBe(false);
});
