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

export function composeRegistrantMail(
  data: RegistrationMailData,
  links: { confirmUrl: string; withdrawUrl: string; validDays: number },
): ComposedMail {
  const m = getMessages().mail.registrant;
  const name = headerSafeName(data.fullName);
  const text = [
    m.greeting(name),
    '',
    m.intro,
    '',
    ...summaryLines(data.summary),
    '',
    m.referenceLine(data.reference),
    '',
    m.confirmIntro,
    links.confirmUrl,
    '',
    m.withdrawIntro,
    links.withdrawUrl,
    '',
    m.expiry(links.validDays),
    m.ignore,
    '',
    m.signOff,
    '',
  ].join('\n');
  return { to: { name, address: data.email }, subject: m.subject(data.reference), text };
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
  return { to: { name: '', address: secretariat }, subject: m.subject(data.reference), text };
}
