import 'server-only';
import { createHash } from 'node:crypto';
import { getRegistrationLabels, type RegistrationLabels } from '@/lib/admin/labels';
import { languageName } from '@/lib/i18n/names';
import { createToken, hashToken } from '@/lib/auth/tokens';
import type { Db } from '@/lib/db/client';
import { enqueueMail, type MailPriority } from '@/lib/db/mail-queue';
import { hitRateLimit } from '@/lib/db/rate-limits';
import { findRegistrationById, type AdminRegistration } from '@/lib/db/registration-admin';
import { findChange, type ProposedChange } from '@/lib/db/registration-changes';
import { insertToken, type TokenPurpose } from '@/lib/db/registration-tokens';
import { getEnv } from '@/lib/env';
import { localizedPath } from '@/i18n/paths';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
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
  type MailWords,
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

/** Mail to the secretariat is a notification; every other kind here answers something a person just did. */
const PRIORITY_OF_KIND: Record<string, MailPriority> = { secretariat: 'notification' };

async function queue(db: Db, mail: ComposedMail, meta: { registrationId: string | null; kind: string; now: Date }): Promise<void> {
  if (!isHeaderSafeAddress(mail.to.address)) return;
  await enqueueMail(db, {
    registrationId: meta.registrationId,
    kind: meta.kind,
    priority: PRIORITY_OF_KIND[meta.kind] ?? 'waiting',
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

/** The language a registration's mail is written in: the one stored with it (S-I18N-3). */
export function languageOf(registration: { language: string }): Locale {
  return isLocale(registration.language) ? registration.language : DEFAULT_LOCALE;
}

/** An absolute link to a page of the site in the reader's language, with a token when given. */
export function pageLink(path: string, locale: Locale, token?: string): string {
  const siteUrl = getEnv().SITE_URL;
  const localized = localizedPath(path, locale);
  return token ? tokenLink(siteUrl, localized, token) : siteLink(siteUrl, localized);
}

export async function manageLinks(db: Db, registrationId: string, now: Date, locale: Locale): Promise<ManageLinks> {
  const token = await newLinkToken(db, {
    registrationId,
    purpose: 'manage',
    now,
    expiresAt: new Date(now.getTime() + MANAGE_LINK_VALID_DAYS * DAY_MS),
  });
  return {
    manageUrl: pageLink(MANAGE_PATH, locale, token),
    manageRequestUrl: pageLink(MANAGE_PATH, locale),
    manageValidDays: MANAGE_LINK_VALID_DAYS,
  };
}

/** A registration as the mail lists it, in the mail's language: labels, not ids. */
function summaryOf(r: AdminRegistration, labels: RegistrationLabels, t: MailWords): RegistrationMailData['summary'] {
  const none = t('fields.none');
  return [
    [t('fields.name'), r.fullName],
    [t('fields.email'), r.email],
    [t('fields.organisation'), r.organisation],
    [t('fields.country'), labels.country(r.country)],
    [t('fields.organisationType'), labels.type(r.organisationType)],
    [t('fields.groups'), r.groups.map(labels.group).join('; ')],
    [t('fields.meeting'), r.meetingSlug ? labels.meeting(r.meetingSlug) : none],
    [t('fields.contribution'), r.contribution ?? none],
  ];
}

async function requireRegistration(db: Db, id: string): Promise<AdminRegistration> {
  const registration = await findRegistrationById(db, id);
  if (!registration) throw new Error(`registration ${id} is not in its own transaction`);
  return registration;
}

/** The secretariat's notice, in English (the secretariat area's language), with the registrant's language. */
async function queueSecretariatNotice(db: Db, registration: AdminRegistration, updated: boolean, now: Date): Promise<void> {
  const env = getEnv();
  if (!env.SECRETARIAT_EMAIL) return;
  const [labels, fields, notice] = await Promise.all([
    getRegistrationLabels(now, DEFAULT_LOCALE),
    getTranslator(DEFAULT_LOCALE, 'mail'),
    getTranslator(DEFAULT_LOCALE, 'admin.secretariatMail'),
  ]);
  const summary = [...summaryOf(registration, labels, fields), [notice('language'), languageName(languageOf(registration), DEFAULT_LOCALE)] as const];
  const data = { reference: registration.reference, fullName: registration.fullName, email: registration.email, summary };
  const mail = composeSecretariatMail(data, env.SECRETARIAT_EMAIL, { adminUrl: `${env.SITE_URL}/admin?q=${registration.reference}`, updated }, notice);
  await queue(db, mail, { registrationId: registration.id, kind: 'secretariat', now });
}

/** After a new registration: the registrant's confirm and manage links, and the secretariat's notice. */
export async function queueRegistrationMail(db: Db, saved: { id: string }, context: MailContext): Promise<void> {
  const { now } = context;
  const registration = await requireRegistration(db, saved.id);
  if (await allowMailTo(db, registration.email, context)) {
    const locale = languageOf(registration);
    const [labels, t] = await Promise.all([getRegistrationLabels(now, locale), getTranslator(locale, 'mail')]);
    const confirmToken = await newLinkToken(db, {
      registrationId: registration.id,
      purpose: 'confirm',
      now,
      expiresAt: new Date(now.getTime() + context.confirmDays * DAY_MS),
    });
    const data = { reference: registration.reference, fullName: registration.fullName, email: registration.email, summary: summaryOf(registration, labels, t) };
    const mail = composeRegistrantMail(
      data,
      { ...(await manageLinks(db, registration.id, now, locale)), confirmUrl: pageLink(CONFIRM_PATH, locale, confirmToken), confirmDays: context.confirmDays },
      t,
    );
    await queue(db, mail, { registrationId: registration.id, kind: 'registrant', now });
  }
  await queueSecretariatNotice(db, registration, false, now);
}

/** Each field of a proposed change, with what the registration says now where that differs. */
function changeLines(change: ProposedChange, current: AdminRegistration, labels: RegistrationLabels, t: MailWords): ChangeLine[] {
  const none = t('fields.none');
  const line = (label: string, value: string, now: string): ChangeLine => (value === now ? { label, value } : { label, value, note: t('change.was', { value: now }) });
  const meeting = (slug: string | null) => (slug ? labels.meeting(slug) : none);
  const kept = t('change.keptIfEmpty');
  return [
    line(t('fields.name'), change.fullName, current.fullName),
    line(t('fields.organisation'), change.organisation, current.organisation),
    line(t('fields.country'), labels.country(change.country), labels.country(current.country)),
    line(t('fields.organisationType'), labels.type(change.organisationType), labels.type(current.organisationType)),
    { label: t('fields.groups'), value: change.groups.map(labels.group).join('; '), note: t('change.groupsAdded') },
    change.meetingSlug ? line(t('fields.meeting'), meeting(change.meetingSlug), meeting(current.meetingSlug)) : { label: t('fields.meeting'), value: none, note: kept },
    change.contribution !== null
      ? line(t('fields.contribution'), change.contribution, current.contribution ?? none)
      : { label: t('fields.contribution'), value: none, note: kept },
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
  // The owner's language, not the submitter's: the mail goes to the owner's mailbox.
  const locale = languageOf(registration);
  const [labels, t] = await Promise.all([getRegistrationLabels(now, locale), getTranslator(locale, 'mail')]);
  const applyToken = await newLinkToken(db, {
    registrationId: registration.id,
    purpose: 'change',
    changeId: change.id,
    now,
    expiresAt: new Date(change.expiresAt),
  });
  const mail = composeChangeMail(
    registration,
    { reference: change.reference, lines: changeLines(change, registration, labels, t) },
    { ...(await manageLinks(db, registration.id, now, locale)), applyUrl: pageLink(CHANGE_PATH, locale, applyToken), applyDays: context.confirmDays },
    t,
  );
  await queue(db, mail, { registrationId: registration.id, kind: 'change', now });
}

/**
 * The answer to "email me a link" on the manage page: a manage link to the owner of a registration (in the
 * registration's language), or a note that there is nothing to manage (in the language of the page that
 * asked). Either way one mail is queued (within the address's allowance), so the request's page, status
 * and timing are the same whether or not the address is registered.
 */
export async function queueManageLinkMail(
  db: Db,
  request: { email: string; registrationId: string | null; locale: Locale },
  context: MailContext,
): Promise<void> {
  const { now } = context;
  if (!(await allowMailTo(db, request.email, context))) return;
  if (request.registrationId) {
    const registration = await requireRegistration(db, request.registrationId);
    const locale = languageOf(registration);
    const mail = composeManageLinkMail(registration, await manageLinks(db, registration.id, now, locale), await getTranslator(locale, 'mail'));
    await queue(db, mail, { registrationId: registration.id, kind: 'manage-link', now });
    return;
  }
  const mail = composeNoRegistrationMail(request.email, { participateUrl: pageLink('/participate', request.locale) }, await getTranslator(request.locale, 'mail'));
  await queue(db, mail, { registrationId: null, kind: 'no-registration', now });
}

/** After the owner applied a change or edited their registration: the secretariat's notice. */
export async function queueUpdatedNotice(db: Db, registrationId: string, now: Date): Promise<void> {
  const registration = await requireRegistration(db, registrationId);
  await queueSecretariatNotice(db, registration, true, now);
}
