import type { Db } from '@/lib/db/client';

/** The clock of the registration tests: what `registerInterest` is told "now" is. */
export const SUBMITTED_AT = new Date('2026-11-28T10:00:00Z');

/** The client address every submission of these tests comes from (one rate-limit key). */
export const CLIENT_KEY = 'ip:192.0.2.7';

/** Form answers of applicant `n` (a distinct email each), as `registerInterest` takes them. */
export const applicant = (n: number, meeting: string | null = null) => ({
  fullName: `Applicant ${n}`,
  email: `applicant-${n}@example.eu`,
  organisation: 'Ministry of Economy',
  country: 'DE' as const,
  organisationType: 'member-state-authority' as const,
  groups: ['wg1'],
  meeting,
  contribution: '',
  language: 'en' as const,
  consent: true as const,
});

/** `registerInterest`'s context: at SUBMITTED_AT, from CLIENT_KEY, at most `max` a 10-minute window, no per-address mail limit. */
export const submissionContext = (db: Db, max: number) => ({
  db,
  now: SUBMITTED_AT,
  privacyVersion: '1.1',
  clientKey: CLIENT_KEY,
  rateLimit: { max, windowSeconds: 600 },
  mailPerAddressPerDay: 0,
  confirmDays: 30,
});
