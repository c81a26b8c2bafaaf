import { expect, test } from 'vitest';
import { getTranslator } from '@/lib/i18n/translator';
import { composeChangeMail, composeNoRegistrationMail, composeRegistrantMail, headerSafeName, isHeaderSafeAddress } from '@/lib/mail/compose';

const t = await getTranslator('en', 'mail');

const data = {
  reference: 'ABCD2345',
  fullName: 'Anna\r\nBcc: victim@example.org',
  email: 'anna@example.eu',
  summary: [['Full name', 'Anna']] as const,
};

test('CR, LF and other control characters never survive into a display name', () => {
  expect(headerSafeName('Anna\r\nBcc: x@y.z')).toBe('Anna Bcc: x@y.z');
  expect(headerSafeName('A\u0000B\u2028C\u0085D')).toBe('A B C D');
  expect(headerSafeName('  Zoë   Łukasz ')).toBe('Zoë Łukasz');
});

test('addresses with spaces, brackets or line breaks are refused as header values', () => {
  expect(isHeaderSafeAddress('anna@example.eu')).toBe(true);
  expect(isHeaderSafeAddress('δοκιμή@παράδειγμα.δοκιμή')).toBe(true);
  for (const bad of ['a@b.c\r\nBcc: x@y.z', 'a b@c.d', '<a@b.c>', 'a@b.c,d@e.f', 'nobody']) {
    expect(isHeaderSafeAddress(bad)).toBe(false);
  }
});

const manage = {
  manageUrl: 'https://dei.example.eu/registration/manage?token=t2',
  manageRequestUrl: 'https://dei.example.eu/registration/manage',
  manageValidDays: 7,
};

test('the registrant mail has the reference, the confirm and manage links and a subject free of user text', () => {
  const mail = composeRegistrantMail(data, { ...manage, confirmUrl: 'https://dei.example.eu/registration/confirm?token=t1', confirmDays: 30 }, t);
  expect(mail.to).toEqual({ name: 'Anna Bcc: victim@example.org', address: 'anna@example.eu' });
  expect(mail.subject).toBe('Confirm your registration of interest (reference ABCD2345)');
  expect(mail.text).toContain('ABCD2345');
  expect(mail.text).toContain('https://dei.example.eu/registration/confirm?token=t1');
  expect(mail.text).toContain('within 30 days');
  expect(mail.text).toContain('https://dei.example.eu/registration/manage?token=t2');
  // After the link expires, the page to ask for a new one: withdrawal stays within reach (S-FORM-8).
  expect(mail.text).toContain('It works for 7 days. After that, ask for a new link at any time at:\nhttps://dei.example.eu/registration/manage\n');
  expect(mail.text).toContain('does not book a place');
});

test('the change mail tells the owner nothing changed, shows each proposed value beside the current one, and links the button', () => {
  const mail = composeChangeMail(
    { fullName: 'Anna', email: 'anna@example.eu', reference: 'OLDREF23' },
    {
      reference: 'NEWREF45',
      lines: [
        { label: 'Full name', value: 'Eve', note: '(now: Anna)' },
        { label: 'Organisation', value: 'Same Org' },
      ],
    },
    { ...manage, applyUrl: 'https://dei.example.eu/registration/change?token=t3', applyDays: 30 },
    t,
  );
  expect(mail.subject).toBe('Confirm a change to your registration of interest (reference NEWREF45)');
  expect(mail.text).toContain('your reference: OLDREF23), so nothing has been changed');
  expect(mail.text).toContain('Full name: Eve (now: Anna)\nOrganisation: Same Org\n');
  expect(mail.text).toContain('https://dei.example.eu/registration/change?token=t3');
  expect(mail.text).toContain('https://dei.example.eu/registration/manage?token=t2');
});

test('a manage-link request for an unknown address says there is nothing to manage and names no one', () => {
  const mail = composeNoRegistrationMail('nobody@example.eu', { participateUrl: 'https://dei.example.eu/participate' }, t);
  expect(mail.to).toEqual({ name: '', address: 'nobody@example.eu' });
  expect(mail.text).toContain('There is no registration with this address');
  expect(mail.text).toContain('https://dei.example.eu/participate');
});

test('a registrant’s mail is written in their language, plurals by its rules', async () => {
  const pl = await getTranslator('pl', 'mail');
  const mail = composeRegistrantMail(data, { ...manage, confirmUrl: 'https://dei.example.eu/pl/registration/confirm?token=t1', confirmDays: 2 }, pl);
  expect(mail.subject).toContain('ABCD2345');
  expect(mail.subject).not.toContain('Confirm');
  expect(mail.text).toContain('2 dni');
  expect(mail.text).not.toMatch(/\bdays?\b/);
});
