import 'server-only';
import { invitationsOf, meetingMailStoppedAt, setMeetingMailStopped, type Invitation } from '@/lib/db/invitations';
import type { RegistrationLabels } from '@/lib/admin/labels';
import type { Db } from '@/lib/db/client';
import { listMailFor, type QueuedMail } from '@/lib/db/mail-queue';
import { hitRateLimit, secondsLeftInWindow } from '@/lib/db/rate-limits';
import { confirmRegistration, findRegistrationById, type AdminRegistration } from '@/lib/db/registration-admin';
import { applyChange, findChange, listChanges, type ProposedChange } from '@/lib/db/registration-changes';
import { markChangeTokensUsed } from '@/lib/db/registration-tokens';
import { findRegistrationIdByEmailKey, updateRegistrationDetails, type RegistrationDetails } from '@/lib/db/registrations';
import { queueManageLinkMail, queueUpdatedNotice, type MailContext } from '@/lib/mail/enqueue';
import type { Locale } from '@/lib/i18n/locales';
import { emailKey } from '@/lib/registration/email';
import { isExpired, lookupToken, type LinkProblem } from './links';

/**
 * The manage page (S-FORM-8): a link by email, then, with that link, everything stored about the person
 * (access), a form to change it (rectification), withdrawal (erasure, lib/registrant/links.ts) and a JSON
 * download (portability). A manage link is a bearer token: every action checks it again.
 */
export type ManageAccess = { state: 'ready'; registrationId: string; expiresAt: string } | { state: LinkProblem };

/** Opens a manage link, reading only. A link used to withdraw, or whose registration was erased, is "gone". */
export async function openManageLink(db: Db, token: unknown, now: Date): Promise<ManageAccess> {
  const found = await lookupToken(db, token, ['manage']);
  if (!found) return { state: 'invalid' };
  if (isExpired(found.record, now)) return { state: 'expired' };
  if (found.record.usedAt) return { state: 'gone' };
  const exists = await findRegistrationById(db, found.record.registrationId);
  return exists ? { state: 'ready', registrationId: found.record.registrationId, expiresAt: found.record.expiresAt } : { state: 'gone' };
}

/** Everything stored about one registrant: the registration, changes proposed for it, the mail queued for it. */
export type ManageView = {
  registration: AdminRegistration;
  changes: ProposedChange[];
  mail: QueuedMail[];
  /** Invitations to meetings and the answers given (S-INVITE). */
  invitations: Invitation[];
  /** When the registrant stopped meeting mail (S-INVITE-4); null: they receive it. */
  meetingMailStoppedAt: string | null;
};

export async function getManageView(db: Db, registrationId: string): Promise<ManageView | null> {
  const [registration, changes, mail, invitations, stoppedAt] = await Promise.all([
    findRegistrationById(db, registrationId),
    listChanges(db, registrationId),
    listMailFor(db, registrationId),
    invitationsOf(db, registrationId),
    meetingMailStoppedAt(db, registrationId),
  ]);
  return registration ? { registration, changes, mail, invitations, meetingMailStoppedAt: stoppedAt ?? null } : null;
}

/** The manage page's switch for meeting mail: stop it (like the unsubscribe link) or receive it again. */
export function setMeetingMailFromManage(db: Db, registrationId: string, stop: boolean, now: Date): Promise<boolean> {
  return setMeetingMailStopped(db, registrationId, stop ? now : null);
}

/** The manage page's "Confirm my email address": holding the link proves the mailbox. */
export function confirmFromManage(db: Db, registrationId: string, now: Date) {
  return confirmRegistration(db, registrationId, now);
}

/** Rectification: the new details, and the secretariat's notice, in one transaction. False when gone. */
export async function updateFromManage(db: Db, registrationId: string, details: RegistrationDetails, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await updateRegistrationDetails(trx, registrationId, details, now))) return false;
    await queueUpdatedNotice(trx, registrationId, now);
    return true;
  });
}

/**
 * Applies a proposed change listed on the manage page (the same as its mailed button, whose link is then
 * spent). False when the change is gone, expired, or belongs to another registration.
 */
export async function applyChangeFromManage(db: Db, registrationId: string, changeId: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const change = await findChange(trx, changeId);
    if (!change || change.registrationId !== registrationId || new Date(change.expiresAt).getTime() <= now.getTime()) return false;
    await applyChange(trx, changeId, now);
    await markChangeTokensUsed(trx, changeId, now);
    await queueUpdatedNotice(trx, registrationId, now);
    return true;
  });
}

export type ManageLinkRequest = { status: 'sent' } | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * "Email me a link": counts the request against its client's limit (RATE_LIMIT_MAX per window, a bucket of
 * its own), then queues one mail to the address in one transaction: a manage link when it has a
 * registration, a note that there is none otherwise (lib/mail/enqueue.ts), within the address's daily
 * allowance. The answer is the same either way. The caller kicks the mail sender afterwards.
 */
export async function requestManageLink(
  db: Db,
  email: string,
  context: MailContext & { clientKey: string; rateLimit: { max: number; windowSeconds: number }; locale: Locale },
): Promise<ManageLinkRequest> {
  const { max, windowSeconds } = context.rateLimit;
  if (max > 0 && windowSeconds > 0) {
    const count = await hitRateLimit(db, `manage:${context.clientKey}`, { now: context.now, windowSeconds });
    if (count > max) return { status: 'rate-limited', retryAfterSeconds: secondsLeftInWindow(context.now, windowSeconds) };
  }
  await db.transaction().execute(async (trx) => {
    const registrationId = await findRegistrationIdByEmailKey(trx, emailKey(email));
    await queueManageLinkMail(trx, { email, registrationId, locale: context.locale }, context);
  });
  return { status: 'sent' };
}

/**
 * The download (portability): everything the manage page shows, as JSON with ids and their labels. Mail
 * is listed without bodies: a sent body is not kept, and a waiting one holds the links themselves.
 */
export function registrantData(view: ManageView, labels: RegistrationLabels, now: Date, languageName: (code: string) => string) {
  const r = view.registration;
  const groups = (ids: readonly string[]) => ids.map((id) => ({ id, label: labels.group(id) }));
  const meeting = (slug: string | null) => (slug ? { slug, title: labels.meeting(slug) } : null);
  return {
    exportedAt: now.toISOString(),
    registration: {
      reference: r.reference,
      email: r.email,
      fullName: r.fullName,
      organisation: r.organisation,
      country: { code: r.country, name: labels.country(r.country) },
      organisationType: { code: r.organisationType, label: labels.type(r.organisationType) },
      workingGroups: groups(r.groups),
      meeting: meeting(r.meetingSlug),
      contribution: r.contribution,
      language: { code: r.language, name: languageName(r.language) },
      consentGivenAt: r.consentAt,
      privacyStatementVersion: r.privacyVersion,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      emailConfirmedAt: r.confirmedAt,
    },
    proposedChanges: view.changes.map((c) => ({
      reference: c.reference,
      email: c.email,
      fullName: c.fullName,
      organisation: c.organisation,
      country: { code: c.country, name: labels.country(c.country) },
      organisationType: { code: c.organisationType, label: labels.type(c.organisationType) },
      workingGroups: groups(c.groups),
      meeting: meeting(c.meetingSlug),
      contribution: c.contribution,
      proposedAt: c.createdAt,
      expiresAt: c.expiresAt,
    })),
    mail: view.mail.map((m) => ({ to: m.toAddress, subject: m.subject, status: m.status, queuedAt: m.createdAt, sentAt: m.sentAt })),
    invitations: view.invitations.map((i) => ({
      meeting: meeting(i.meetingSlug),
      invitedAt: i.invitedAt,
      answer: i.answer,
      answeredAt: i.answeredAt,
      waitingListSince: i.waitingSince,
    })),
    subscriptions: { meetingMail: view.meetingMailStoppedAt === null, meetingMailStoppedAt: view.meetingMailStoppedAt },
  };
}
