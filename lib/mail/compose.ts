import { getMessages } from '@/lib/i18n';

/**
 * Mail composition as pure functions. What is composed here is what is queued and sent; nodemailer
 * then encodes every header. A display name can never add a header: control characters (CR and LF
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

function manageLines(links: ManageLinks): string[] {
  const m = getMessages().mail.manage;
  return [m.intro, links.manageUrl, m.validity(links.manageValidDays), links.manageRequestUrl];
}

/** To a new registrant: what was received, the confirm link, and the manage link. */
export function composeRegistrantMail(
  data: RegistrationMailData,
  links: ManageLinks & { confirmUrl: string; confirmDays: number },
): ComposedMail {
  const m = getMessages().mail;
  const name = headerSafeName(data.fullName);
  const text = [
    m.registrant.greeting(name),
    '',
    m.registrant.intro,
    '',
    ...summaryLines(data.summary),
    '',
    m.registrant.referenceLine(data.reference),
    '',
    m.registrant.confirmIntro,
    links.confirmUrl,
    m.registrant.confirmBy(links.confirmDays),
    '',
    m.registrant.notBooked,
    '',
    ...manageLines(links),
    '',
    m.registrant.ignore(links.confirmDays),
    '',
    m.signOff,
    '',
  ].join('\n');
  return { to: { name, address: data.email }, subject: m.registrant.subject(data.reference), text };
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
): ComposedMail {
  const m = getMessages().mail;
  const name = headerSafeName(owner.fullName);
  const text = [
    m.registrant.greeting(name),
    '',
    m.change.intro(owner.reference),
    '',
    m.change.proposed(change.reference),
    '',
    ...change.lines.map((l) => `${l.label}: ${l.value}${l.note ? ` ${l.note}` : ''}`),
    '',
    m.change.applyIntro,
    links.applyUrl,
    m.change.applyBy(links.applyDays),
    '',
    m.change.ignore,
    '',
    ...manageLines(links),
    '',
    m.signOff,
    '',
  ].join('\n');
  return { to: { name, address: owner.email }, subject: m.change.subject(change.reference), text };
}

/** The link asked for on the manage page, to the owner of a registration. */
export function composeManageLinkMail(owner: { fullName: string; email: string; reference: string }, links: ManageLinks): ComposedMail {
  const m = getMessages().mail;
  const name = headerSafeName(owner.fullName);
  const text = [m.registrant.greeting(name), '', m.manageLink.intro(owner.reference), '', ...manageLines(links), '', m.manageLink.ignore, '', m.signOff, ''].join('\n');
  return { to: { name, address: owner.email }, subject: m.manageLink.subject, text };
}

/** The answer to a manage-link request for an address with no registration: there is nothing to manage. */
export function composeNoRegistrationMail(address: string, links: { participateUrl: string }): ComposedMail {
  const m = getMessages().mail;
  const text = [
    m.noRegistration.greeting,
    '',
    m.noRegistration.intro,
    '',
    m.noRegistration.register,
    links.participateUrl,
    '',
    m.noRegistration.ignore,
    '',
    m.signOff,
    '',
  ].join('\n');
  return { to: { name: '', address }, subject: m.noRegistration.subject, text };
}

export function composeSecretariatMail(
  data: RegistrationMailData,
  secretariat: string,
  options: { adminUrl: string; updated: boolean },
): ComposedMail {
  const m = getMessages().mail.secretariat;
  const text = [
    options.updated ? m.updatedIntro : m.intro,
    '',
    ...summaryLines(data.summary),
    '',
    m.adminLink(options.adminUrl),
    '',
  ].join('\n');
  return { to: { name: '', address: secretariat }, subject: (options.updated ? m.updatedSubject : m.subject)(data.reference), text };
}
