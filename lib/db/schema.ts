/**
 * Types of the database tables, written by hand beside the migrations that create them (one migration
 * per change in lib/db/migrations/). Timestamps are ISO 8601 UTC strings on both databases, so that
 * SQLite and PostgreSQL return the same JavaScript values and sort the same way.
 */
export interface RegistrationsTable {
  /** A random UUID: ids are neither guessable nor a count of registrations. */
  id: string;
  /** The reference shown to the applicant: 8 characters without look-alikes, unique. */
  reference: string;
  /** As typed (normalised to NFC and trimmed). */
  email: string;
  /** The comparison key: lower-cased, domain in ASCII (punycode); unique, one registration per address. */
  email_key: string;
  full_name: string;
  organisation: string;
  country: string;
  organisation_type: string;
  meeting_slug: string | null;
  contribution: string | null;
  consent_at: string;
  privacy_version: string;
  /** The language the registrant registered in, one of lib/i18n/locales.ts: every mail to them uses it (migration 0135). */
  language: string;
  created_at: string;
  updated_at: string;
}

export interface RegistrationGroupsTable {
  registration_id: string;
  group_id: string;
}

export interface RateLimitsTable {
  key: string;
  /** Start of the current window, in seconds since the epoch. */
  window_start: number;
  /** End of the current window, in seconds since the epoch: the row is deleted once it has passed (migration 0111). */
  window_end: number;
  count: number;
}

export interface Database {
  registrations: RegistrationsTable;
  registration_groups: RegistrationGroupsTable;
  rate_limits: RateLimitsTable;
}
