import type { Translate } from '@/lib/i18n/translator';

/**
 * Mail composition as pure functions. What is composed here is what is queued and sent; nodemailer
 * then encodes every header. Each function takes the `mail` messages of the language the mail is written
 * in: the registrant's own (S-I18N-3), English for the secretariat. A display name can never add a header: control characters (CR and LF
 * among them) are removed before the name reaches any header, and the subject carries no user text.
 */
export type Address = { name: string; address: string };

export type ComposedMail = {
  to: Address;
  subject: string;
  text: string;
};

export type RegistrationMailData = {
  reference: string;
  fullName: string;
  email: string;
  summary: readonly (readonly [label: string, value: string])[];
};

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** A name safe for a header: control characters become spaces, runs of space collapse, length capped. */
export function headerSafeName(name: string): string {
  return name.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** An address is used as a header value only if it has no control character, space or angle bracket. */
export function isHeaderSafeAddress(address: string): boolean {
  return /^[^\s<>,;"\u0000-\u001f\u007f]+@[^\s<>,;"\u0000-\u001f\u007f]+$/u.test(address);
}

function summaryLines(summary: RegistrationMailData['summary']): string[] {
  return summary.map(([label, value]) => `${label}: ${value}`);
}

/** The manage page's link, and where to ask for a new one once it has expired (S-FORM-8: every mail). */
export type ManageLinks = { manageUrl: string; manageRequestUrl: string; manageValidDays: number };

/** Messages of the registrant's mail, in their language (lib/i18n/translator.ts `getTranslator(locale, 'mail')`). */
export type MailWords = Translate<'mail'>;

function manageLines(links: ManageLinks, t: MailWords): string[] {
  return [t('manage.intro'), links.manageUrl, t('manage.validity', { days: links.manageValidDays }), links.manageRequestUrl];
}

/** To a new registrant: what was received, the confirm link, and the manage link. */
export function composeRegistrantMail(
  data: RegistrationMailData,
  links: ManageLinks & { confirmUrl: string; confirmDays: number },
  t: MailWords,
): ComposedMail {
  const name = headerSafeName(data.fullName);
  const text = [
    t('registrant.greeting', { name }),
    '',
    t('registrant.intro'),
    '',
    ...summaryLines(data.summary),
    '',
    t('registrant.referenceLine', { reference: data.reference }),
    '',
    t('registrant.confirmIntro'),
    links.confirmUrl,
    t('registrant.confirmBy', { days: links.confirmDays }),
    '',
    t('registrant.notBooked'),
    '',
    ...manageLines(links, t),
    '',
    t('registrant.ignore', { days: links.confirmDays }),
    '',
    t('signOff'),
    '',
  ].join('\n');
  return { to: { name, address: data.email }, subject: t('registrant.subject', { reference: data.reference }), text };
}

/** One line of a proposed change: the proposed value, and a note such as "(now: …)" where it differs. */
export type ChangeLine = { label: string; value: string; note?: string };

/**
 * To the owner of an address someone submitted again (S-FORM-4): nothing has changed; this is the proposed
 * change, and the link whose button applies it. Only the owner's mailbox gets their earlier reference.
 */
export function composeChangeMail(
  owner: { fullName: string; email: string; reference: string },
  change: { reference: string; lines: readonly ChangeLine[] },
  links: ManageLinks & { applyUrl: string; applyDays: number },
  t: MailWords,
): ComposedMail {
  const name = headerSafeName(owner.fullName);
  const text = [
    t('registrant.greeting', { name }),
    '',
    t('change.intro', { reference: owner.reference }),
    '',
    t('change.proposed', { reference: change.reference }),
    '',
    ...change.lines.map((l) => `${l.label}: ${l.value}${l.note ? ` ${l.note}` : ''}`),
    '',
    t('change.applyIntro'),
    links.applyUrl,
    t('change.applyBy', { days: links.applyDays }),
    '',
    t('change.ignore'),
    '',
    ...manageLines(links, t),
    '',
    t('signOff'),
    '',
  ].join('\n');
  return { to: { name, address: owner.email }, subject: t('change.subject', { reference: change.reference }), text };
}

/** The link asked for on the manage page, to the owner of a registration. */
export function composeManageLinkMail(owner: { fullName: string; email: string; reference: string }, links: ManageLinks, t: MailWords): ComposedMail {
  const name = headerSafeName(owner.fullName);
  const text = [
    t('registrant.greeting', { name }),
    '',
    t('manageLink.intro', { reference: owner.reference }),
    '',
    ...manageLines(links, t),
    '',
    t('manageLink.ignore'),
    '',
    t('signOff'),
    '',
  ].join('\n');
  return { to: { name, address: owner.email }, subject: t('manageLink.subject'), text };
}

/** The answer to a manage-link request for an address with no registration: there is nothing to manage. */
export function composeNoRegistrationMail(address: string, links: { participateUrl: string }, t: MailWords): ComposedMail {
  const text = [
    t('noRegistration.greeting'),
    '',
    t('noRegistration.intro'),
    '',
    t('noRegistration.register'),
    links.participateUrl,
    '',
    t('noRegistration.ignore'),
    '',
    t('signOff'),
    '',
  ].join('\n');
  return { to: { name: '', address }, subject: t('noRegistration.subject'), text };
}

/** The secretariat's notice of a new or updated registration, in English (the secretariat area's language). */
export function composeSecretariatMail(
  data: RegistrationMailData,
  secretariat: string,
  options: { adminUrl: string; updated: boolean },
  t: Translate<'admin.secretariatMail'>,
): ComposedMail {
  const text = [
    options.updated ? t('updatedIntro') : t('intro'),
    '',
    ...summaryLines(data.summary),
    '',
    t('adminLink', { url: options.adminUrl }),
    '',
  ].join('\n');
  const subject = options.updated ? t('updatedSubject', { reference: data.reference }) : t('subject', { reference: data.reference });
  return { to: { name: '', address: secretariat }, subject, text };
}
