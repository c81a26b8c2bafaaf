/**
 * Types of the participation tables (migration 0140, S-INVITE), merged into the one `Database` type of
 * lib/db/schema.ts like lib/db/admin-schema.ts.
 */
export type AttendanceAnswer = 'attending' | 'waiting' | 'declined';

export interface InvitationsTable {
  id: string;
  /** Erasing the registration erases its invitations (foreign key, cascade). */
  registration_id: string;
  meeting_slug: string;
  invited_at: string;
  /** Null until the person answers. */
  answer: AttendanceAnswer | null;
  answered_at: string | null;
  /** Set while on the waiting list: the list is served in this order. */
  waiting_since: string | null;
}

export interface MeetingAnnouncementsTable {
  meeting_slug: string;
  /** The meeting's revision and status as last told to its invitees (first invitation or last notice). */
  revision: number;
  status: string;
  first_announced_at: string;
  last_notice_at: string | null;
  outcomes_notice_at: string | null;
}

export interface ParticipationMailLogTable {
  meeting_slug: string;
  registration_id: string;
  /** invitation, reminder, change, cancel, outcomes, promoted */
  kind: string;
  /** What makes it one occasion: '' for an invitation, the revision for a change notice, the day for a reminder. */
  occasion: string;
  created_at: string;
}

declare module './schema' {
  interface Database {
    invitations: InvitationsTable;
    meeting_announcements: MeetingAnnouncementsTable;
    participation_mail_log: ParticipationMailLogTable;
  }
  interface RegistrationsTable {
    /** When the registrant asked for no more meeting mail (one-click unsubscribe, S-INVITE-4); null: they get it. */
    meeting_mail_stopped_at: string | null;
  }
}
