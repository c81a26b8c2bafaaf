import 'server-only';
import { createHash } from 'node:crypto';
import { getRegistrationLabels, type RegistrationLabels } from '@/lib/admin/labels';
import { createToken, hashToken } from '@/lib/auth/tokens';
import type { Db } from '@/lib/db/client';
import { enqueueMail } from '@/lib/db/mail-queue';
import { hitRateLimit } from '@/lib/db/rate-limits';
import { findRegistrationById, type AdminRegistration } from '@/lib/db/registration-admin';
import { findChange, type ProposedChange } from '@/lib/db/registration-changes';
import { insertToken, type TokenPurpose } from '@/lib/db/registration-tokens';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import { emailKey } from '@/lib/registration/email';
import {
  composeChangeMail,
  composeManageLinkMail,
  composeNoRegistrationMail,
  composeRegistrantMail,
  composeSecretariatMail,
  isHeaderSafeAddress,
  type ChangeLine,
  type ComposedMail,
  type ManageLinks,
  type RegistrationMailData,
} from './compose';
import { CHANGE_PATH, CONFIRM_PATH, MANAGE_LINK_VALID_DAYS, MANAGE_PATH, siteLink, tokenLink } from './links';

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_SECONDS = 24 * 60 * 60;

/**
 * What every queueing function needs. `db` is the transaction of the work the mail belongs to: the rows
 * and their mail (and its links' tokens) commit together, with one disk flush, or not at all. The caller
 * kicks the sender after the commit (`kickMailSender`).
 */
export type MailContext = {
  now: Date;
  /** MAIL_PER_ADDRESS_PER_DAY: mail the public can cause to one address per UTC day; 0 = no limit. */
  mailPerAddressPerDay: number;
  /** Days a confirm link works (lib/retention/policy.ts `confirmationDays`). */
  confirmDays: number;
};

/**
 * Counts one mail to an address against its daily allowance (S-PRIVACY-3), whoever asked for it and from
 * wherever: false once the day's allowance is spent, and the mail is then not queued. The address is kept
 * only as a SHA-256 in the rate-limit row, which is deleted when its day ends.
 */
async function allowMailTo(db: Db, address: string, context: MailContext): Promise<boolean> {
  if (context.mailPerAddressPerDay <= 0) return true;
  const key = `mail:${createHash('sha256').update(emailKey(address)).digest('hex')}`;
  const count = await hitRateLimit(db, key, { now: context.now, windowSeconds: DAY_SECONDS });
  return count <= context.mailPerAddressPerDay;
}

async function queue(db: Db, mail: ComposedMail, meta: { registrationId: string | null; kind: string; now: Date }): Promise<void> {
  if (!isHeaderSafeAddress(mail.to.address)) return;
  await enqueueMail(db, {
    registrationId: meta.registrationId,
    kind: meta.kind,
    toName: mail.to.name,
    toAddress: mail.to.address,
    subject: mail.subject,
    bodyText: mail.text,
    now: meta.now,
  });
}

/** A fresh link token, stored by its hash; returns the token for the mail. */
async function newLinkToken(
  db: Db,
  input: { registrationId: string; purpose: TokenPurpose; changeId?: string; now: Date; expiresAt: Date },
): Promise<string> {
  const token = createToken();
  await insertToken(db, { ...input, tokenHash: hashToken(token) });
  return token;
}

async function manageLinks(db: Db, registrationId: string, now: Date): Promise<ManageLinks> {
  const siteUrl = getEnv().SITE_URL;
  const token = await newLinkToken(db, {
    registrationId,
    purpose: 'manage',
    now,
    expiresAt: new Date(now.getTime() + MANAGE_LINK_VALID_DAYS * DAY_MS),
  });
  return {
    manageUrl: tokenLink(siteUrl, MANAGE_PATH, token),
    manageRequestUrl: siteLink(siteUrl, MANAGE_PATH),
    manageValidDays: MANAGE_LINK_VALID_DAYS,
  };
}

/** A registration as the mail lists it: labels, not ids. */
function summaryOf(r: AdminRegistration, labels: RegistrationLabels): RegistrationMailData['summary'] {
  const f = getMessages().mail.fields;
  return [
    [f.name, r.fullName],
    [f.email, r.email],
    [f.organisation, r.organisation],
    [f.country, labels.country(r.country)],
    [f.organisationType, labels.type(r.organisationType)],
    [f.groups, r.groups.map(labels.group).join('; ')],
    [f.meeting, r.meetingSlug ? labels.meeting(r.meetingSlug) : f.none],
    [f.contribution, r.contribution ?? f.none],
  ];
}

async function requireRegistration(db: Db, id: string): Promise<AdminRegistration> {
  const registration = await findRegistrationById(db, id);
  if (!registration) throw new Error(`registration ${id} is not in its own transaction`);
  return registration;
}

async function queueSecretariatNotice(db: Db, registration: AdminRegistration, labels: RegistrationLabels, updated: boolean, now: Date): Promise<void> {
  const env = getEnv();
  if (!env.SECRETARIAT_EMAIL) return;
  const data = { reference: registration.reference, fullName: registration.fullName, email: registration.email, summary: summaryOf(registration, labels) };
  const notice = composeSecretariatMail(data, env.SECRETARIAT_EMAIL, {
    adminUrl: `${env.SITE_URL}/admin?q=${registration.reference}`,
    updated,
  });
  await queue(db, notice, { registrationId: registration.id, kind: 'secretariat', now });
}

/** After a new registration: the registrant's confirm and manage links, and the secretariat's notice. */
export async function queueRegistrationMail(db: Db, saved: { id: string }, context: MailContext): Promise<void> {
  const { now } = context;
  const registration = await requireRegistration(db, saved.id);
  const labels = await getRegistrationLabels(now);
  if (await allowMailTo(db, registration.email, context)) {
    const confirmToken = await newLinkToken(db, {
      registrationId: registration.id,
      purpose: 'confirm',
      now,
      expiresAt: new Date(now.getTime() + context.confirmDays * DAY_MS),
    });
    const data = { reference: registration.reference, fullName: registration.fullName, email: registration.email, summary: summaryOf(registration, labels) };
    const mail = composeRegistrantMail(data, {
      ...(await manageLinks(db, registration.id, now)),
      confirmUrl: tokenLink(getEnv().SITE_URL, CONFIRM_PATH, confirmToken),
      confirmDays: context.confirmDays,
    });
    await queue(db, mail, { registrationId: registration.id, kind: 'registrant', now });
  }
  await queueSecretariatNotice(db, registration, labels, false, now);
}

/** Each field of a proposed change, with what the registration says now where that differs. */
function changeLines(change: ProposedChange, current: AdminRegistration, labels: RegistrationLabels): ChangeLine[] {
  const m = getMessages().mail;
  const f = m.fields;
  const line = (label: string, value: string, now: string): ChangeLine => (value === now ? { label, value } : { label, value, note: m.change.was(now) });
  const meeting = (slug: string | null) => (slug ? labels.meeting(slug) : f.none);
  return [
    line(f.name, change.fullName, current.fullName),
    line(f.organisation, change.organisation, current.organisation),
    line(f.country, labels.country(change.country), labels.country(current.country)),
    line(f.organisationType, labels.type(change.organisationType), labels.type(current.organisationType)),
    { label: f.groups, value: change.groups.map(labels.group).join('; '), note: m.change.groupsAdded },
    change.meetingSlug ? line(f.meeting, meeting(change.meetingSlug), meeting(current.meetingSlug)) : { label: f.meeting, value: f.none, note: m.change.keptIfEmpty },
    change.contribution !== null
      ? line(f.contribution, change.contribution, current.contribution ?? f.none)
      : { label: f.contribution, value: f.none, note: m.change.keptIfEmpty },
  ];
}

/**
 * After a submission for an address that already has a registration (S-FORM-4): to that address only,
 * the proposed change and the link whose button applies it. The secretariat hears of it once applied.
 */
export async function queueChangeMail(db: Db, saved: { id: string; changeId: string }, context: MailContext): Promise<void> {
  const { now } = context;
  const [registration, change] = await Promise.all([requireRegistration(db, saved.id), findChange(db, saved.changeId)]);
  if (!change) throw new Error(`change ${saved.changeId} is not in its own transaction`);
  if (!(await allowMailTo(db, registration.email, context))) return;
  const labels = await getRegistrationLabels(now);
  const applyToken = await newLinkToken(db, {
    registrationId: registration.id,
    purpose: 'change',
    changeId: change.id,
    now,
    expiresAt: new Date(change.expiresAt),
  });
  const mail = composeChangeMail(
    registration,
    { reference: change.reference, lines: changeLines(change, registration, labels) },
    {
      ...(await manageLinks(db, registration.id, now)),
      applyUrl: tokenLink(getEnv().SITE_URL, CHANGE_PATH, applyToken),
      applyDays: context.confirmDays,
    },
  );
  await queue(db, mail, { registrationId: registration.id, kind: 'change', now });
}

/**
 * The answer to "email me a link" on the manage page: a manage link to the owner of a registration, or a
 * note that there is nothing to manage. Either way one mail is queued (within the address's allowance),
 * so the request's page, status and timing are the same whether or not the address is registered.
 */
export async function queueManageLinkMail(db: Db, request: { email: string; registrationId: string | null }, context: MailContext): Promise<void> {
  const { now } = context;
  if (!(await allowMailTo(db, request.email, context))) return;
  if (request.registrationId) {
    const registration = await requireRegistration(db, request.registrationId);
    const mail = composeManageLinkMail(registration, await manageLinks(db, registration.id, now));
    await queue(db, mail, { registrationId: registration.id, kind: 'manage-link', now });
    return;
  }
  const mail = composeNoRegistrationMail(request.email, { participateUrl: siteLink(getEnv().SITE_URL, '/participate') });
  await queue(db, mail, { registrationId: null, kind: 'no-registration', now });
}

/** After the owner applied a change or edited their registration: the secretariat's notice. */
export async function queueUpdatedNotice(db: Db, registrationId: string, now: Date): Promise<void> {
  const registration = await requireRegistration(db, registrationId);
  await queueSecretariatNotice(db, registration, await getRegistrationLabels(now), true, now);
}
