/**
 * Types of the secretariat's tables (migrations 0100-0103), merged into the one `Database` type of
 * lib/db/schema.ts by declaration merging, so that each feature keeps its tables beside its own
 * migrations and `getDb()` knows every table (docs/decisions/0060-admin-data-model.md).
 */
export interface AdminAccountsTable {
  id: string;
  email: string;
  /** Lower-cased address: one account per address. */
  email_key: string;
  /** `scrypt$N$r$p$salt$hash`, see lib/auth/password.ts. */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface AdminSessionsTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface SignInFailuresTable {
  id: string;
  email_key: string;
  client_key: string;
  at: string;
}

export interface MailQueueTable {
  id: string;
  /** The registration the mail is about: erasing it deletes its mail too. */
  registration_id: string | null;
  kind: string;
  /** 0 a person is waiting for it, 1 a notification, 2 bulk; lower leaves first (migration 0160). */
  priority: number;
  to_name: string;
  to_address: string;
  subject: string;
  /** Emptied once sent: the queue keeps no personal data longer than it must. */
  body_text: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** JSON of lib/mail/extras.ts MailExtras (headers, calendar part, attachments); emptied once sent (migration 0140). */
  extras: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  /** Email of the account, or the address typed at a failed sign-in, or 'system'. */
  actor: string;
  action: string;
  target: string | null;
  client_key: string | null;
}

export interface RegistrationTokensTable {
  /** SHA-256 of the token in the link. */
  token_hash: string;
  /** Not a foreign key: the token outlives an erased registration so that a second click says so. */
  registration_id: string;
  /**
   * confirm: confirms the address; manage: opens /registration/manage (see, change, download, withdraw);
   * change: applies one proposed change; withdraw: erases (links sent before the manage page existed).
   */
  purpose: 'confirm' | 'manage' | 'change' | 'withdraw';
  /** The proposed change a `change` token applies (migration 0110). */
  change_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

declare module './schema' {
  interface Database {
    admin_accounts: AdminAccountsTable;
    admin_sessions: AdminSessionsTable;
    sign_in_failures: SignInFailuresTable;
    mail_queue: MailQueueTable;
    audit_log: AuditLogTable;
    registration_tokens: RegistrationTokensTable;
  }
  interface RegistrationsTable {
    /** When the applicant followed the confirm link (migration 0103). */
    confirmed_at: string | null;
  }
}
