/**
 * Types of the tables behind the registrant's own links (migrations 0110 and 0113), merged into the one
 * `Database` type of lib/db/schema.ts like lib/db/admin-schema.ts.
 */
export interface RegistrationChangesTable {
  id: string;
  /** The reference shown to whoever submitted the change; unique among changes. */
  reference: string;
  /** The registration it would change; erasing that registration deletes the change. */
  registration_id: string;
  email: string;
  full_name: string;
  organisation: string;
  country: string;
  organisation_type: string;
  /** The proposed group ids as a JSON array of strings. */
  groups: string;
  meeting_slug: string | null;
  contribution: string | null;
  privacy_version: string;
  created_at: string;
  /** After this instant the change can no longer be applied, and it is deleted. */
  expires_at: string;
}

export interface SiteKeysTable {
  name: string;
  secret: string;
  created_at: string;
}

declare module './schema' {
  interface Database {
    registration_changes: RegistrationChangesTable;
    site_keys: SiteKeysTable;
  }
}
