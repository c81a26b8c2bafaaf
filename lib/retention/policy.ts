/**
 * Retention rules as pure functions of `now`, so they are tested without waiting days.
 * A registration's age counts from its last consent (a repeat registration renews it).
 * A limit of 0 days switches that rule off (keep until withdrawn), like RATE_LIMIT_MAX=0.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionPolicy = { retentionDays: number; unconfirmedRetentionDays: number };

export type RetentionCutoffs = {
  /** Every registration last consented before this instant is erased (null: no limit). */
  allBefore: Date | null;
  /** Unconfirmed registrations last consented before this instant are erased (null: no limit). */
  unconfirmedBefore: Date | null;
};

export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  const cutoff = (days: number) => (days > 0 ? new Date(now.getTime() - days * DAY_MS) : null);
  return {
    allBefore: cutoff(policy.retentionDays),
    unconfirmedBefore: cutoff(policy.unconfirmedRetentionDays),
  };
}

export type RetainedRecord = { consentedAt: Date; confirmedAt: Date | null };

export function isPastRetention(record: RetainedRecord, policy: RetentionPolicy, now: Date): boolean {
  const { allBefore, unconfirmedBefore } = retentionCutoffs(policy, now);
  if (allBefore && record.consentedAt < allBefore) return true;
  return record.confirmedAt === null && unconfirmedBefore !== null && record.consentedAt < unconfirmedBefore;
}

/** Milliseconds from `now` until the next daily run at `hourUtc`:00 UTC. */
export function msUntilNextRun(now: Date, hourUtc = 3): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}
