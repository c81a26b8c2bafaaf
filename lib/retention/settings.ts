import 'server-only';
import { getEnv } from '@/lib/env';
import { confirmationDays, type HousekeepingPolicy } from './policy';

/** The retention periods the server runs with (RETENTION_DAYS, UNCONFIRMED_RETENTION_DAYS, AUDIT_RETENTION_DAYS). */
export function runningRetention(): HousekeepingPolicy {
  const env = getEnv();
  return {
    retentionDays: env.RETENTION_DAYS,
    unconfirmedRetentionDays: env.UNCONFIRMED_RETENTION_DAYS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
  };
}

/** What queueing a registrant's mail needs from the configuration, at `now`. */
export function runningMailContext(now: Date): { now: Date; mailPerAddressPerDay: number; confirmDays: number } {
  return { now, mailPerAddressPerDay: getEnv().MAIL_PER_ADDRESS_PER_DAY, confirmDays: confirmationDays(runningRetention()) };
}
