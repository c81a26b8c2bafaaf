import { afterEach, describe, expect, test } from 'vitest';
import { linkIn, startSmtpSink, type SmtpSink } from '../../support/smtp-sink';

// The environment is read once, on first use: set it before anything asks.
process.env.SITE_URL = 'https://dei.example.eu';
process.env.SECRETARIAT_EMAIL = 'secretariat@example.eu';

const { deliverDueMail } = await import('@/lib/mail/sender');
const { createSendMail } = await import('@/lib/mail/worker');
const { registerInterest } = await import('@/lib/registration/register-interest');
const links = await import('@/lib/registrant/links');
const manage = await import('@/lib/registrant/manage');
const { getRegistrationLabels } = await import('@/lib/admin/labels');
const { languageName } = await import('@/lib/i18n/names');
const { listRegistrations } = await import('@/lib/db/registrations');
const { dbTargets, freshDb } = await import('../admin/test-db');

type Db = Awaited<ReturnType<typeof freshDb>>['db'];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const now = new Date('2026-11-28T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

const owner = {
  fullName: 'Anna Müller',
  email: 'anna@example.eu',
  organisation: 'Ministry of Economy',
  country: 'DE' as const,
  organisationType: 'member-state-authority' as const,
  groups: ['wg1'],
  meeting: null,
  contribution: 'Pilots',
  language: 'en' as const,
  consent: true as const,
};

let client = 0;
function context(db: Db, at: Date, overrides: { mailPerAddressPerDay?: number } = {}) {
  return {
    db,
    now: at,
    privacyVersion: '1.1',
    clientKey: `ip:test-${++client}`,
    rateLimit: { max: 0, windowSeconds: 600 },
    mailPerAddressPerDay: overrides.mailPerAddressPerDay ?? 0,
    confirmDays: 30,
  };
}

async function setup(target: (typeof dbTargets)[number]): Promise<{ db: Db; smtp: SmtpSink; deliver: (at?: Date) => Promise<unknown> }> {
  const { db, cleanup } = await freshDb(target);
  cleanups.push(cleanup);
  const smtp = await startSmtpSink();
  cleanups.push(smtp.close);
  const send = createSendMail(smtp.url)!;
  cleanups.push(async () => send.close?.());
  return { db, smtp, deliver: (at = now) => deliverDueMail(db, { send, from: 'DEI <no-reply@example.eu>', clock: () => at }) };
}

const registration = async (db: Db) => (await listRegistrations(db)).find((r) => r.emailKey === 'anna@example.eu')!;
const to = (address: string) => (m: { envelopeTo: string[] }) => m.envelopeTo.includes(address);

describe.each(dbTargets)('on $name', (target) => {
  test('a stranger cannot overwrite a confirmed registration: only the owner applies the change, from the mail', async () => {
    const { db, smtp, deliver } = await setup(target);
    const first = await registerInterest(owner, context(db, now));
    await deliver();
    const welcome = await smtp.waitFor(to('anna@example.eu'));
    const confirm = linkIn(welcome.text, '/registration/confirm');
    expect(await links.confirmByToken(db, confirm.searchParams.get('token'), now)).toBe('confirmed');
    const before = await registration(db);

    // A stranger submits the owner's address (another case) with other values.
    const stranger = { ...owner, email: 'ANNA@Example.EU', fullName: 'Eve Stranger', organisation: 'Elsewhere', groups: ['wg3'], contribution: null };
    const second = await registerInterest(stranger, context(db, later(5)));
    expect(second.status).toBe('stored');
    if (first.status !== 'stored' || second.status !== 'stored') throw new Error('expected two stored submissions');
    expect(second.reference).not.toBe(first.reference);
    expect(await registration(db)).toEqual(before);

    await deliver(later(5));
    const proposal = await smtp.waitFor((m) => to('anna@example.eu')(m) && m.subject.includes(second.reference));
    expect(proposal.envelopeTo).toEqual(['anna@example.eu']);
    expect(proposal.text).toContain(`your reference: ${first.reference}`);
    expect(proposal.text).toContain('Full name: Eve Stranger (now: Anna Müller)');
    expect(proposal.text).toContain('Organisation: Elsewhere (now: Ministry of Economy)');
    // Nobody but the owner's mailbox heard of it: the secretariat is told once a change is applied.
    expect(smtp.received.filter(to('secretariat@example.eu')).map((m) => m.subject)).toEqual([`New registration of interest (reference ${first.reference})`]);

    // Opening the link (a mail scanner does) only reads.
    const change = linkIn(proposal.text, '/registration/change').searchParams.get('token');
    for (let i = 0; i < 2; i++) expect((await links.checkChangeToken(db, change, later(6))).state).toBe('ready');
    expect(await registration(db)).toEqual(before);

    // Two clicks at once apply it once.
    const outcomes = await Promise.all([links.applyChangeByToken(db, change, later(7)), links.applyChangeByToken(db, change, later(7))]);
    expect(outcomes.sort()).toEqual(['already-applied', 'applied']);
    expect(await registration(db)).toMatchObject({
      reference: first.reference,
      fullName: 'Eve Stranger',
      organisation: 'Elsewhere',
      groups: ['wg1', 'wg3'],
      contribution: 'Pilots',
      consentAt: later(7).toISOString(),
    });
    expect((await links.checkChangeToken(db, change, later(8))).state).toBe('already-applied');
    await deliver(later(7));
    await smtp.waitFor((m) => to('secretariat@example.eu')(m) && m.subject === `Registration of interest updated (reference ${first.reference})`);
  });

  test('the confirm link: its GET never confirms, the POST does, and an expired link does nothing', async () => {
    const { db, smtp, deliver } = await setup(target);
    await registerInterest(owner, context(db, now));
    await deliver();
    const token = linkIn((await smtp.waitFor(to('anna@example.eu'))).text, '/registration/confirm').searchParams.get('token');
    for (let i = 0; i < 3; i++) expect(await links.checkConfirmToken(db, token, now)).toBe('ready');
    expect((await db.selectFrom('registrations').select('confirmed_at').executeTakeFirstOrThrow()).confirmed_at).toBeNull();
    const expiry = new Date(now.getTime() + 30 * 86_400_000);
    expect(await links.checkConfirmToken(db, token, expiry)).toBe('expired');
    expect(await links.confirmByToken(db, token, expiry)).toBe('expired');
    expect(await links.confirmByToken(db, token, later(1))).toBe('confirmed');
    expect(await links.checkConfirmToken(db, token, later(2))).toBe('already-confirmed');
  });

  test('the manage link shows everything stored, changes it, downloads it, and withdraws at once with its audit entry', async () => {
    const { db, smtp, deliver } = await setup(target);
    const first = await registerInterest(owner, context(db, now));
    await registerInterest({ ...owner, fullName: 'Proposed Name', groups: ['wg2'] }, context(db, later(1)));
    await deliver();
    const welcome = await smtp.waitFor((m) => to('anna@example.eu')(m) && m.subject.startsWith('Confirm your registration'));
    const token = linkIn(welcome.text, '/registration/manage').searchParams.get('token');

    for (let i = 0; i < 2; i++) {
      const access = await manage.openManageLink(db, token, later(2));
      if (access.state !== 'ready') throw new Error(`manage link: ${access.state}`);
      const view = (await manage.getManageView(db, access.registrationId))!;
      expect(view.registration).toMatchObject({ fullName: 'Anna Müller', email: 'anna@example.eu', confirmedAt: null });
      expect(view.changes.map((c) => c.fullName)).toEqual(['Proposed Name']);
      expect(view.mail.map((m) => m.kind).sort()).toEqual(['change', 'registrant', 'secretariat']);
    }
    const access = await manage.openManageLink(db, token, later(2));
    if (access.state !== 'ready') throw new Error('manage link');

    // Rectification replaces the groups exactly; confirming from the page proves the mailbox.
    const details = { fullName: 'Anna M. Müller', organisation: 'Ministry', country: 'AT', organisationType: 'other', groups: ['wg2', 'wg3'], meetingSlug: null, contribution: null, language: 'fr' };
    expect(await manage.updateFromManage(db, access.registrationId, details, later(3))).toBe(true);
    expect(await manage.confirmFromManage(db, access.registrationId, later(3))).toBe('confirmed');
    const view = (await manage.getManageView(db, access.registrationId))!;
    expect(view.registration).toMatchObject({ ...details, groups: ['wg2', 'wg3'], updatedAt: later(3).toISOString(), confirmedAt: later(3).toISOString() });

    // Portability: everything shown, as data.
    const data = manage.registrantData(view, await getRegistrationLabels(now), later(4), (code) => languageName(code, 'en'));
    expect(data.registration).toMatchObject({
      reference: first.status === 'stored' ? first.reference : '',
      email: 'anna@example.eu',
      fullName: 'Anna M. Müller',
      country: { code: 'AT', name: 'Austria' },
      language: { code: 'fr', name: 'French' },
      workingGroups: [{ id: 'wg2' }, { id: 'wg3' }],
      emailConfirmedAt: later(3).toISOString(),
    });
    expect(data.proposedChanges.map((c) => c.fullName)).toEqual(['Proposed Name']);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);

    // Withdrawal: erased at once, with its token and its audit entry, in one transaction; twice at once acts once.
    expect(await links.checkWithdrawToken(db, token, later(5))).toBe('ready');
    const outcomes = await Promise.all([links.withdrawByToken(db, token, later(5)), links.withdrawByToken(db, token, later(5))]);
    expect(outcomes.sort()).toEqual(['already-withdrawn', 'withdrawn']);
    expect(await listRegistrations(db)).toEqual([]);
    expect(await db.selectFrom('registration_changes').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('mail_queue').select('id').where('registration_id', 'is not', null).execute()).toEqual([]);
    expect(await db.selectFrom('audit_log').select(['actor', 'action', 'target']).execute()).toEqual([
      { actor: 'registrant', action: 'withdrawn', target: first.status === 'stored' ? first.reference : '' },
    ]);
    expect((await manage.openManageLink(db, token, later(6))).state).toBe('gone');
    expect((await manage.openManageLink(db, token, new Date(now.getTime() + 8 * 86_400_000))).state).toBe('expired');
  });

  test('asking for a manage link: one mail whether or not the address is registered, limited per client', async () => {
    const { db, smtp, deliver } = await setup(target);
    await registerInterest(owner, context(db, now));
    const ask = (email: string, clientKey: string, max = 2) =>
      manage.requestManageLink(db, email, { now: later(1), mailPerAddressPerDay: 0, confirmDays: 30, clientKey, rateLimit: { max, windowSeconds: 600 }, locale: 'en' });
    expect(await ask('Anna@example.eu', 'ip:a')).toEqual({ status: 'sent' });
    expect(await ask('nobody@example.eu', 'ip:a')).toEqual({ status: 'sent' });
    expect(await ask('nobody@example.eu', 'ip:a')).toEqual({ status: 'rate-limited', retryAfterSeconds: expect.any(Number) });
    await deliver(later(1));
    const known = await smtp.waitFor((m) => to('anna@example.eu')(m) && m.subject === 'Your link to manage your registration of interest');
    expect(linkIn(known.text, '/registration/manage').searchParams.get('token')).toMatch(/^[\w-]{43}$/);
    const unknown = await smtp.waitFor(to('nobody@example.eu'));
    expect(unknown.subject).toBe('Your request to manage a registration of interest');
    expect(unknown.text).toContain('There is no registration with this address');
    expect(unknown.text).not.toContain('token=');
    expect(smtp.received.filter(to('nobody@example.eu'))).toHaveLength(1);
  });

  test('one address gets at most MAIL_PER_ADDRESS_PER_DAY mails a day, whatever the clients, and more the next day', async () => {
    const { db, smtp, deliver } = await setup(target);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => registerInterest({ ...owner, fullName: `Flood ${i}` }, context(db, later(i), { mailPerAddressPerDay: 3 }))),
    );
    for (let i = 0; i < 4; i++) {
      await manage.requestManageLink(db, 'anna@example.eu', { now: later(10), mailPerAddressPerDay: 3, confirmDays: 30, clientKey: `ip:${i}`, rateLimit: { max: 0, windowSeconds: 600 }, locale: 'en' });
    }
    await deliver(later(20));
    expect(smtp.received.filter(to('anna@example.eu'))).toHaveLength(3);
    // Every submission was still stored (as the registration or a proposed change): the limit is on mail only.
    expect(await db.selectFrom('registration_changes').select('id').execute()).toHaveLength(7);

    const nextDay = new Date('2026-11-29T00:00:01Z');
    await manage.requestManageLink(db, 'anna@example.eu', { now: nextDay, mailPerAddressPerDay: 3, confirmDays: 30, clientKey: 'ip:x', rateLimit: { max: 0, windowSeconds: 600 }, locale: 'en' });
    await deliver(nextDay);
    expect(smtp.received.filter(to('anna@example.eu'))).toHaveLength(4);
    // The rate-limit row holds a hash of the address, never the address.
    const keys = (await db.selectFrom('rate_limits').select('key').execute()).map((k) => k.key);
    expect(keys.every((k) => !k.includes('@'))).toBe(true);
  });
});
