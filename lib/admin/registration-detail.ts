import 'server-only';
import type { Db } from '@/lib/db/client';
import { listMailFor, type QueuedMail } from '@/lib/db/mail-queue';
import { findRegistrationById, type AdminRegistration } from '@/lib/db/registration-admin';
import { getRegistrationLabels, type RegistrationLabels } from './labels';

/** Everything the secretariat's detail page shows of one registration. */
export type RegistrationDetail = {
  registration: AdminRegistration;
  /** The mail queued for it (confirmation, notices), newest first, with its delivery state. */
  mail: QueuedMail[];
  labels: RegistrationLabels;
};

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Registration ids are random UUIDs; anything else in the URL is not looked up. */
export function isRegistrationId(id: string): boolean {
  return ID.test(id);
}

/** One registration and what belongs to it, or null when there is none with this id. */
export async function getRegistrationDetail(db: Db, id: string, now: Date): Promise<RegistrationDetail | null> {
  const [registration, mail, labels] = await Promise.all([
    findRegistrationById(db, id),
    listMailFor(db, id),
    getRegistrationLabels(now),
  ]);
  return registration ? { registration, mail, labels } : null;
}
