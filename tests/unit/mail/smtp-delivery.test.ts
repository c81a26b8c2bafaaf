import { afterEach, expect, test } from 'vitest';
import { checkConfirmToken, checkWithdrawToken, confirmByToken, withdrawByToken } from '@/lib/registrant/links';
import { listMail } from '@/lib/db/mail-queue';
import { saveRegistration } from '@/lib/db/registrations';
import { queueRegistrationMail } from '@/lib/mail/enqueue';
import { deliverDueMail, retryDelayMs } from '@/lib/mail/sender';
import { createSendMail } from '@/lib/mail/worker';
import { freshSqlite } from '../admin/test-db';
import { closedPort, startSmtpSink as startSmtp } from '../../support/smtp-sink';

process.env.SITE_URL = 'https://dei.example.eu';
process.env.SECRETARIAT_EMAIL = 'secretariat@example.eu';
process.env.MAIL_FROM = 'DEI Platform <no-reply@example.eu>';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const now = new Date('2026-11-28T10:00:00Z');

async function setup(fullName = 'Zoë Łukasiewicz') {
  const { db, cleanup } = await freshSqlite();
  cleanups.push(cleanup);
  const saved = await saveRegistration(
    db,
    {
      email: 'zoe@example.eu',
      emailKey: 'zoe@example.eu',
      fullName,
      organisation: 'Digital Hub Łódź',
      country: 'PL',
      organisationType: 'digital-innovation-hub',
      groups: ['wg1', 'wg3'],
      meetingSlug: null,
      contribution: 'Pilots, "testbeds" & more',
      privacyVersion: '2026-01',
      language: 'en',
    },
    {
      now,
      newReference: () => 'ABCD2345',
      changeExpiresAt: new Date(now.getTime() + 30 * 86_400_000),
      alsoInTransaction: (trx, row) => queueRegistrationMail(trx, row, { now, mailPerAddressPerDay: 0, confirmDays: 30 }),
    },
  );
  return { db, saved };
}

function linkFrom(text: string, path: string): URL {
  const match = text.match(new RegExp(`https://dei\\.example\\.eu${path}\\?token=[A-Za-z0-9_-]+`));
  expect(match, `no ${path} link in:\n${text}`).not.toBeNull();
  return new URL(match![0]);
}

test('the registrant and the secretariat get their mail over real SMTP, and the links work', async () => {
  const { db } = await setup();
  const smtp = await startSmtp();
  cleanups.push(smtp.close);

  const send = createSendMail(smtp.url)!;
  cleanups.push(async () => send.close?.());
  const result = await deliverDueMail(db, { send, from: 'DEI Platform <no-reply@example.eu>', clock: () => now });
  expect(result).toEqual({ sent: 2, retried: 0, gaveUp: 0 });
  expect(smtp.received).toHaveLength(2);

  const registrant = smtp.received.find((m) => m.envelopeTo.includes('zoe@example.eu'))!;
  expect(registrant.envelopeTo).toEqual(['zoe@example.eu']);
  expect(registrant.parsed.to).toMatchObject({ value: [{ name: 'Zoë Łukasiewicz', address: 'zoe@example.eu' }] });
  expect(registrant.parsed.subject).toBe('Confirm your registration of interest (reference ABCD2345)');
  const text = registrant.parsed.text ?? '';
  expect(text).toContain('ABCD2345');
  expect(text).toContain('Country: Poland');
  expect(text).toContain('Pilots, "testbeds" & more');

  const secretariat = smtp.received.find((m) => m.envelopeTo.includes('secretariat@example.eu'))!;
  expect(secretariat.parsed.subject).toBe('New registration of interest (reference ABCD2345)');
  expect(secretariat.parsed.text).toContain('zoe@example.eu');

  // The queue keeps no body once sent.
  const queue = await listMail(db, { limit: 10, offset: 0 });
  expect(queue.mail.map((m) => [m.status, m.bodyText])).toEqual([
    ['sent', ''],
    ['sent', ''],
  ]);

  // Following the links: confirm (its GET reads only; the button confirms, twice: idempotent), then
  // withdrawal from the manage link (a read), then its button.
  const confirm = linkFrom(text, '/registration/confirm');
  expect(await checkConfirmToken(db, confirm.searchParams.get('token'), now)).toBe('ready');
  expect(await checkConfirmToken(db, confirm.searchParams.get('token'), now)).toBe('ready');
  expect(await confirmByToken(db, confirm.searchParams.get('token'), now)).toBe('confirmed');
  expect(await confirmByToken(db, confirm.searchParams.get('token'), now)).toBe('already-confirmed');
  const manage = linkFrom(text, '/registration/manage');
  const token = manage.searchParams.get('token');
  expect(await checkWithdrawToken(db, token, now)).toBe('ready');
  expect(await checkWithdrawToken(db, token, now)).toBe('ready');
  expect(await db.selectFrom('registrations').select('id').execute()).toHaveLength(1);
  expect(await withdrawByToken(db, token, now)).toBe('withdrawn');
  expect(await db.selectFrom('registrations').select('id').execute()).toHaveLength(0);
  expect(await db.selectFrom('registration_groups').select('group_id').execute()).toHaveLength(0);
  expect(await db.selectFrom('mail_queue').select('id').execute()).toHaveLength(0);
  expect(await withdrawByToken(db, token, now)).toBe('already-withdrawn');
  expect(await checkWithdrawToken(db, token, now)).toBe('already-withdrawn');
  expect(await confirmByToken(db, confirm.searchParams.get('token'), now)).toBe('gone');
  expect(await confirmByToken(db, 'x'.repeat(43), now)).toBe('invalid');
});

test('a mail server that is down delays mail and loses none: it arrives once the server is back', async () => {
  const { db } = await setup();
  // Nothing listens on this port (the kernel just handed it out and it was closed again).
  const port = await closedPort();
  const send = createSendMail(`smtp://127.0.0.1:${port}`)!;
  cleanups.push(async () => send.close?.());
  const from = 'DEI Platform <no-reply@example.eu>';

  const down = await deliverDueMail(db, { send, from, clock: () => now });
  expect(down).toEqual({ sent: 0, retried: 2, gaveUp: 0 });
  const waiting = await listMail(db, { limit: 10, offset: 0 });
  expect(waiting.pending).toBe(2);
  expect(waiting.mail.every((m) => m.attempts === 1 && m.lastError)).toBe(true);

  // Not due again before the back-off has passed.
  expect(await deliverDueMail(db, { send, from, clock: () => new Date(now.getTime() + 1000) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });

  const smtp = await startSmtp({ port });
  cleanups.push(smtp.close);
  const later = new Date(now.getTime() + retryDelayMs(1));
  expect(await deliverDueMail(db, { send, from, clock: () => later })).toEqual({ sent: 2, retried: 0, gaveUp: 0 });
  expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(['secretariat@example.eu', 'zoe@example.eu']);
  expect((await listMail(db, { limit: 10, offset: 0 })).pending).toBe(0);
});

test('a name with CR/LF adds no header and no recipient', async () => {
  const { db } = await setup('Eve\r\nBcc: victim@example.org\r\nX-Injected: yes');
  const smtp = await startSmtp();
  cleanups.push(smtp.close);
  const send = createSendMail(smtp.url)!;
  cleanups.push(async () => send.close?.());
  await deliverDueMail(db, { send, from: 'DEI <no-reply@example.eu>', clock: () => now });
  const registrant = smtp.received.find((m) => m.envelopeTo.includes('zoe@example.eu'))!;
  expect(registrant.envelopeTo).toEqual(['zoe@example.eu']);
  expect(registrant.parsed.headers.has('x-injected')).toBe(false);
  expect(registrant.parsed.headers.has('bcc')).toBe(false);
  expect(registrant.parsed.bcc).toBeUndefined();
  const headerBlock = registrant.raw.split(/\r\n\r\n/)[0] ?? '';
  expect(headerBlock).not.toMatch(/^X-Injected/im);
  expect(headerBlock).not.toMatch(/^Bcc/im);
  expect(registrant.parsed.to).toMatchObject({ value: [{ address: 'zoe@example.eu' }] });
});

test('with no SMTP_URL nothing is sent and the mail waits in the queue', async () => {
  const { db } = await setup();
  expect(createSendMail(undefined)).toBeNull();
  const queue = await listMail(db, { limit: 10, offset: 0 });
  expect(queue.pending).toBe(2);
  expect(queue.mail.find((m) => m.kind === 'registrant')?.bodyText).toContain('/registration/manage?token=');
});
