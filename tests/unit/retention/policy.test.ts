import { expect, test } from 'vitest';
import { isPastRetention, msUntilNextRun, retentionCutoffs } from '@/lib/retention/policy';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-06-15T12:00:00Z');
const policy = { retentionDays: 365, unconfirmedRetentionDays: 30 };
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

test('cut-offs are the configured number of days before now', () => {
  const c = retentionCutoffs(policy, now);
  expect(c.allBefore?.toISOString()).toBe('2025-06-15T12:00:00.000Z');
  expect(c.unconfirmedBefore?.toISOString()).toBe('2026-05-16T12:00:00.000Z');
});

test('an unconfirmed registration goes after the shorter period, a confirmed one after the longer', () => {
  expect(isPastRetention({ consentedAt: daysAgo(29), confirmedAt: null }, policy, now)).toBe(false);
  expect(isPastRetention({ consentedAt: daysAgo(31), confirmedAt: null }, policy, now)).toBe(true);
  expect(isPastRetention({ consentedAt: daysAgo(31), confirmedAt: daysAgo(30) }, policy, now)).toBe(false);
  expect(isPastRetention({ consentedAt: daysAgo(364), confirmedAt: daysAgo(360) }, policy, now)).toBe(false);
  expect(isPastRetention({ consentedAt: daysAgo(366), confirmedAt: daysAgo(360) }, policy, now)).toBe(true);
});

test('the boundary instant itself is kept; one millisecond older is erased', () => {
  const edge = new Date(now.getTime() - 30 * DAY);
  expect(isPastRetention({ consentedAt: edge, confirmedAt: null }, policy, now)).toBe(false);
  expect(isPastRetention({ consentedAt: new Date(edge.getTime() - 1), confirmedAt: null }, policy, now)).toBe(true);
});

test('0 days switches a rule off', () => {
  const off = { retentionDays: 0, unconfirmedRetentionDays: 0 };
  expect(retentionCutoffs(off, now)).toEqual({ allBefore: null, unconfirmedBefore: null });
  expect(isPastRetention({ consentedAt: daysAgo(5000), confirmedAt: null }, off, now)).toBe(false);
  expect(isPastRetention({ consentedAt: daysAgo(40), confirmedAt: null }, { retentionDays: 0, unconfirmedRetentionDays: 30 }, now)).toBe(true);
});

test('the daily run is scheduled for the next 03:00 UTC', () => {
  expect(msUntilNextRun(new Date('2026-06-15T02:00:00Z'))).toBe(60 * 60 * 1000);
  expect(msUntilNextRun(new Date('2026-06-15T03:00:00Z'))).toBe(DAY);
  expect(msUntilNextRun(new Date('2026-06-15T12:00:00Z'))).toBe(15 * 60 * 60 * 1000);
});
