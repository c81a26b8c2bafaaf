import 'server-only';
import type { Db } from '@/lib/db/client';
import { invitationsOf, meetingMailStoppedAt, type Invitation } from '@/lib/db/invitations';
import { listMailFor, type QueuedMail } from '@/lib/db/mail-queue';
import { findRegistrationById, type AdminRegistration } from '@/lib/db/registration-admin';
import { getRegistrationLabels, type RegistrationLabels } from './labels';

/** Everything the secretariat's detail page shows of one registration. */
export type RegistrationDetail = {
  registration: AdminRegistration;
  /** The mail queued for it (confirmation, notices), newest first, with its delivery state. */
  mail: QueuedMail[];
  labels: RegistrationLabels;
  /** Invitations to meetings and the answers given (S-ADMIN-5), and whether meeting mail is stopped. */
  invitations: Invitation[];
  meetingMailStoppedAt: string | null;
};

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Registration ids are random UUIDs; anything else in the URL is not looked up. */
export function isRegistrationId(id: string): boolean {
  return ID.test(id);
}

/** One registration and what belongs to it, or null when there is none with this id. */
export async function getRegistrationDetail(db: Db, id: string, now: Date): Promise<RegistrationDetail | null> {
  const [registration, mail, labels, invitations, stoppedAt] = await Promise.all([
    findRegistrationById(db, id),
    listMailFor(db, id),
    getRegistrationLabels(now),
    invitationsOf(db, id),
    meetingMailStoppedAt(db, id),
  ]);
  return registration ? { registration, mail, labels, invitations, meetingMailStoppedAt: stoppedAt ?? null } : null;
}
