import { getEnv } from '@/lib/env';

/**
 * The configured retention period in days, so the privacy statement always states the period the site
 * actually applies (RETENTION_DAYS, or UNCONFIRMED_RETENTION_DAYS for unconfirmed registrations).
 */
export function RetentionDays({ unconfirmed = false }: { unconfirmed?: boolean }) {
  const env = getEnv();
  return <>{unconfirmed ? env.UNCONFIRMED_RETENTION_DAYS : env.RETENTION_DAYS}</>;
}
