import { expect, test } from 'vitest';
import { composeRegistrantMail, headerSafeName, isHeaderSafeAddress } from '@/lib/mail/compose';

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

test('the registrant mail has the reference, both links and a subject free of user text', () => {
  const mail = composeRegistrantMail(data, {
    confirmUrl: 'https://dei.example.eu/registration/confirm?token=t1',
    withdrawUrl: 'https://dei.example.eu/registration/withdraw?token=t2',
    validDays: 30,
  });
  expect(mail.to).toEqual({ name: 'Anna Bcc: victim@example.org', address: 'anna@example.eu' });
  expect(mail.subject).toBe('Your registration of interest (reference ABCD2345)');
  expect(mail.text).toContain('ABCD2345');
  expect(mail.text).toContain('https://dei.example.eu/registration/confirm?token=t1');
  expect(mail.text).toContain('https://dei.example.eu/registration/withdraw?token=t2');
});
