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

/** Confirmation links, and proposed changes, wait this long when unconfirmed registrations are kept for ever. */
export const DEFAULT_CONFIRMATION_DAYS = 30;

/**
 * Days a confirm link works and a proposed change waits for its mailbox's owner: as long as an
 * unconfirmed registration is kept (UNCONFIRMED_RETENTION_DAYS), or 30 days when that rule is off.
 */
export function confirmationDays(policy: RetentionPolicy): number {
  return policy.unconfirmedRetentionDays > 0 ? policy.unconfirmedRetentionDays : DEFAULT_CONFIRMATION_DAYS;
}

/** What the daily run applies besides the registrations' own periods. */
export type HousekeepingPolicy = RetentionPolicy & {
  /** AUDIT_RETENTION_DAYS; 0 keeps the audit log for ever. */
  auditRetentionDays: number;
};

/** Sent mail (already without its body) and mail that gave up are kept this long for the secretariat's view. */
export const MAIL_KEEP_DAYS = 30;
/** Used or expired link tokens are kept this long, so an old link still says "expired" rather than "not valid". */
export const EXPIRED_TOKEN_KEEP_DAYS = 30;

export type HousekeepingCutoffs = {
  /** Audit entries written before this instant are deleted (null: kept for ever). */
  auditBefore: Date | null;
  /** Sent or failed mail older than this is deleted. */
  mailBefore: Date;
  /** Tokens that expired before this instant are deleted. */
  tokensExpiredBefore: Date;
};

export function housekeepingCutoffs(policy: HousekeepingPolicy, now: Date): HousekeepingCutoffs {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return {
    auditBefore: policy.auditRetentionDays > 0 ? daysAgo(policy.auditRetentionDays) : null,
    mailBefore: daysAgo(MAIL_KEEP_DAYS),
    tokensExpiredBefore: daysAgo(EXPIRED_TOKEN_KEEP_DAYS),
  };
}

/** Milliseconds from `now` until the next daily run at `hourUtc`:00 UTC. */
export function msUntilNextRun(now: Date, hourUtc = 3): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}
