import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import { pointAtFixtureSite } from '../fixture-site';
import { headerValue, startSmtpSink, type ReceivedMail } from '../../support/smtp-sink';

pointAtFixtureSite();
process.env.MAIL_FROM = 'DEI Platform secretariat <secretariat@example.eu>';

const { createDb, migrateToLatest } = await import('@/lib/db/client');
const invitations = await import('@/lib/db/invitations');
const { announceMeeting, sendChangeNotice, pendingChange } = await import('@/lib/participation/mailings');
const { sendDueReminders } = await import('@/lib/participation/reminders');
const { answerByToken, unsubscribeByToken, readUnsubscribe } = await import('@/lib/participation/attendance');
const { signParticipationToken } = await import('@/lib/participation/tokens');
const { getSiteKey } = await import('@/lib/db/site-keys');
const { getMeetings, getMeetingBySlug } = await import('@/lib/content');
const { deliverDueMail } = await import('@/lib/mail/sender');
const { createSendMail } = await import('@/lib/mail/worker');
const { dbTargets } = await import('../db/targets');

type Db = Awaited<ReturnType<typeof createDb>>;

/** Another instance of the site: a separate process on the same database (race-child.ts); resolves with its JSON result. */
function instance(url: string, mode: 'attend' | 'remind', arg: unknown): Promise<unknown> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'race-child.ts'), url, mode, JSON.stringify(arg)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`instance exited with ${code}`)))),
  );
}

const SLUG = '2086-10-27-example-group-2-autumn-meeting';
const now = new Date('2086-09-01T10:00:00Z');

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** `instances` connections to one fresh database: as many server instances sharing it. */
let lastUrl = '';
async function setup(target: (typeof dbTargets)[number], instances = 1): Promise<Db[]> {
  const { url, drop } = await target.create();
  lastUrl = url;
  const dbs = Array.from({ length: instances }, () => createDb(url));
  await migrateToLatest(dbs[0]!);
  cleanups.push(async () => {
    for (const db of dbs) await db.destroy();
    await drop();
  });
  return dbs;
}

let counter = 0;
/** A confirmed registrant of `group`, stored as the form stores one. */
async function registrant(db: Db, options: { group?: string; language?: string; meeting?: string | null } = {}): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  counter += 1;
  const email = `person${counter}-${id.slice(0, 6)}@example.eu`;
  const at = new Date(now.getTime() - 86_400_000 + counter).toISOString();
  await db
    .insertInto('registrations')
    .values({
      id,
      reference: `R${String(counter).padStart(7, '0')}`.slice(0, 8),
      email,
      email_key: email,
      full_name: `Person ${counter}`,
      organisation: 'Org',
      country: 'BE',
      organisation_type: 'sme',
      meeting_slug: options.meeting ?? null,
      contribution: null,
      consent_at: at,
      privacy_version: '1',
      language: options.language ?? 'en',
      created_at: at,
      updated_at: at,
      confirmed_at: at,
      meeting_mail_stopped_at: null,
    })
    .execute();
  await db.insertInto('registration_groups').values({ registration_id: id, group_id: options.group ?? 'wg2' }).execute();
  return { id, email };
}

async function invitationOf(db: Db, registrationId: string) {
  return db.selectFrom('invitations').selectAll().where('registration_id', '=', registrationId).where('meeting_slug', '=', SLUG).executeTakeFirstOrThrow();
}

async function queued(db: Db, kind?: string) {
  const rows = await db.selectFrom('mail_queue').selectAll().execute();
  return kind ? rows.filter((r) => r.kind === kind) : rows;
}

describe.each(dbTargets)('on $name', (target) => {
  test('thirty people answer "I will attend" at once for two places, from two instances: two attend, the rest wait in order', async () => {
    const [db] = await setup(target);
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await registrant(db!));
    await invitations.ensureAnnouncement(db!, { slug: SLUG, revision: 0, status: 'scheduled', now });
    const ids: string[] = [];
    for (const p of people) ids.push((await invitations.createInvitation(db!, { registrationId: p.id, slug: SLUG, now }))!);
    const at = now.toISOString();
    const results = (await Promise.all([
      instance(lastUrl, 'attend', { ids: ids.slice(0, 15), capacity: 2, at }),
      instance(lastUrl, 'attend', { ids: ids.slice(15), capacity: 2, at }),
    ])) as string[][];
    expect(results.flat().filter((r) => r === 'attending')).toHaveLength(2);
    expect(results.flat().filter((r) => r === 'waiting')).toHaveLength(28);
    expect(await invitations.attendanceCounts(db!, SLUG)).toEqual({ invited: 30, attending: 2, waiting: 28, declined: 0 });
    const list = await invitations.listAttendance(db!, SLUG);
    expect(list.filter((r) => r.answer === 'waiting').map((r) => r.waitingPosition)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));

    // In one instance too: thirty withdrawals and re-answers at once never leave more than two attending.
    await Promise.all(
      ids.map((invitationId, i) => invitations.answerInvitation(db!, { invitationId, choice: i % 2 ? 'decline' : 'attend', capacity: 2, now: new Date(now.getTime() + 100 + i) })),
    );
    const after = await invitations.attendanceCounts(db!, SLUG);
    expect(after.attending).toBe(2);
  });

  test('a withdrawal promotes the first person waiting, who is told by mail; a token names one invitation only', async () => {
    const [db] = await setup(target);
    const key = await getSiteKey(db!, 'participation');
    const [a, b, c] = [await registrant(db!), await registrant(db!), await registrant(db!)];
    await invitations.ensureAnnouncement(db!, { slug: SLUG, revision: 0, status: 'scheduled', now });
    for (const p of [a, b, c]) await invitations.createInvitation(db!, { registrationId: p.id, slug: SLUG, now });
    const token = async (p: { id: string }) => signParticipationToken(key, 'attend', (await invitationOf(db!, p.id)).id);
    // The fixture meeting has 40 places: lower them in the content's stead by answering through the DB layer with capacity 2.
    for (const [i, p] of [a, b, c].entries()) {
      await invitations.answerInvitation(db!, { invitationId: (await invitationOf(db!, p.id)).id, choice: 'attend', capacity: 2, now: new Date(now.getTime() + i) });
    }
    expect((await invitationOf(db!, c.id)).answer).toBe('waiting');
    // Through the link's action (the content's capacity, 40, leaves room): a withdrawal frees a place and C is promoted.
    expect(await answerByToken(db!, await token(a), 'decline', now)).toBe('declined');
    expect((await invitationOf(db!, c.id)).answer).toBe('attending');
    const promoted = await queued(db!, 'participation-promoted');
    expect(promoted.map((m) => m.to_address)).toEqual([c.email]);
    // A second click changes nothing; a token altered to name someone else's invitation is refused.
    expect(await answerByToken(db!, await token(a), 'decline', now)).toBe('unchanged');
    const forged = `${(await invitationOf(db!, b.id)).id}.${(await token(a)).split('.')[1]}`;
    expect(await answerByToken(db!, forged, 'decline', now)).toBe('invalid');
    expect((await invitationOf(db!, b.id)).answer).toBe('attending');
    // The unsubscribe token of one person cannot answer an invitation (another purpose).
    expect(await answerByToken(db!, signParticipationToken(key, 'unsubscribe', a.id), 'attend', now)).toBe('invalid');
    // After the registration deadline (2086-10-20, Brussels), answers are closed.
    expect(await answerByToken(db!, await token(b), 'decline', new Date('2086-10-20T22:30:00Z'))).toBe('closed');
  });

  test('announcing reaches each confirmed registrant of the group once, in their language, with the .ics and one-click unsubscribe headers', async () => {
    const [db] = await setup(target);
    const smtp = await startSmtpSink();
    cleanups.push(smtp.close);
    const send = createSendMail(smtp.url)!;
    cleanups.push(async () => send.close?.());
    const en = await registrant(db!);
    const pl = await registrant(db!, { language: 'pl' });
    const named = await registrant(db!, { group: 'wg1', meeting: SLUG });
    const other = await registrant(db!, { group: 'wg1' });
    expect(await announceMeeting(db!, SLUG, now)).toBe(3);
    expect(await announceMeeting(db!, SLUG, now)).toBe(0);
    const late = await registrant(db!);
    expect(await announceMeeting(db!, SLUG, now)).toBe(1);
    await deliverDueMail(db!, { send, from: 'DEI <secretariat@example.eu>', clock: () => now });
    const to = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));
    for (const p of [en, pl, named, late]) expect(to(p.email)).toHaveLength(1);
    expect(to(other.email)).toHaveLength(0);
    const plMail = to(pl.email)[0]!;
    expect(plMail.subject).toMatch(/^Zaproszenie/);
    const mail = to(en.email)[0]!;
    expect(mail.subject).toBe('Invitation: Autumn meeting: données, interopérabilité; Zürich, Kraków');
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerValue(mail, 'List-Unsubscribe')).toMatch(/^<https:\/\/dei\.example\.eu\/api\/unsubscribe\?token=[^>]+>$/);
    expect(mail.text).toMatch(/I will attend: https:\/\/dei\.example\.eu\/attendance\?token=[^&\s]+&answer=attend/);
    expect(mail.text).toMatch(/\/unsubscribe\?token=/);
    const ics = mail.parsed.attachments.find((a) => a.filename === 'meeting.ics')!;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${SLUG}@dei-platform`);
    // Unsubscribing (the one-click POST's action) leaves the person out of every later mailing.
    const key = await getSiteKey(db!, 'participation');
    const unsub = signParticipationToken(key, 'unsubscribe', en.id);
    expect(await readUnsubscribe(db!, unsub)).toBe('ready');
    expect(await unsubscribeByToken(db!, unsub, now)).toBe('done');
    expect(await unsubscribeByToken(db!, unsub, now)).toBe('already');
    expect((await invitations.invitedRecipients(db!, SLUG, [null])).map((r) => r.email)).not.toContain(en.email);
  });

  test('reminders: due by the clock, none for other meetings, each sent once by two instances racing', async () => {
    const [db] = await setup(target);
    const people = [await registrant(db!), await registrant(db!), await registrant(db!)];
    await announceMeeting(db!, SLUG, now);
    for (const p of people.slice(0, 2)) await invitations.answerInvitation(db!, { invitationId: (await invitationOf(db!, p.id)).id, choice: 'attend', capacity: undefined, now });
    const meetings = await getMeetings();
    // The meeting starts 2086-10-27 09:30 Brussels (08:30 UTC): three days before, nothing is due with a two-day rule.
    expect(await sendDueReminders(db!, meetings, new Date('2086-10-24T08:00:00Z'), 2)).toBe(0);
    const at = new Date('2086-10-25T09:00:00Z');
    const arg = { at: at.toISOString(), days: 2 };
    const results = (await Promise.all([instance(lastUrl, 'remind', arg), instance(lastUrl, 'remind', arg), sendDueReminders(db!, meetings, at, 2)])) as number[];
    expect(results.reduce((a, b) => a + b, 0)).toBe(2);
    // A restart the next day finds nothing left to send.
    expect(await sendDueReminders(db!, meetings, new Date('2086-10-26T09:00:00Z'), 2)).toBe(0);
    const reminders = await queued(db!, 'participation-reminder');
    expect(reminders.map((m) => m.to_address).sort()).toEqual(people.slice(0, 2).map((p) => p.email).sort());
    expect(reminders[0]!.body_text).toContain('is in 1 day');
  });
});

test('a change notice carries the same UID with a higher SEQUENCE; a cancellation METHOD:CANCEL (parsed with ical.js)', async () => {
  const [db] = await setup(dbTargets[0]!);
  const smtp = await startSmtpSink();
  cleanups.push(smtp.close);
  const send = createSendMail(smtp.url)!;
  cleanups.push(async () => send.close?.());
  const p = await registrant(db!);
  await announceMeeting(db!, SLUG, now);
  const meeting = (await getMeetingBySlug(SLUG))!;
  expect(pendingChange(meeting, { revision: meeting.revision, status: meeting.status })).toBeNull();
  // The deployed meeting differs from what was announced: pretend the announcement was an older revision.
  await db!.updateTable('meeting_announcements').set({ revision: -1 }).execute();
  expect(pendingChange(meeting, { revision: -1, status: 'scheduled' })?.kind).toBe('change');
  expect(await sendChangeNotice(db!, SLUG, now)).toBe(1);
  expect(await sendChangeNotice(db!, SLUG, now)).toBe(0);
  await db!.updateTable('meeting_announcements').set({ status: 'cancelled-before' }).execute();
  expect(pendingChange({ revision: meeting.revision, status: 'cancelled' }, { revision: meeting.revision, status: 'scheduled' })).toMatchObject({ kind: 'cancel', sequence: meeting.revision + 1 });
  await deliverDueMail(db!, { send, from: 'DEI <secretariat@example.eu>', clock: () => now });
  const mails: ReceivedMail[] = smtp.received.filter((m) => m.envelopeTo.includes(p.email));
  const change = mails.find((m) => m.subject.startsWith('Changed:'))!;
  const calendarPart = change.raw.match(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  expect(calendarPart).not.toBeNull();
  const ics = (change.parsed.attachments.find((a) => a.contentType === 'text/calendar') ?? { content: Buffer.from('') }).content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  expect(vevent.getFirstPropertyValue('uid')).toBe(`${SLUG}@dei-platform`);
  expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(meeting.revision - 1);
  expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:secretariat@example.eu');
});

test('outcomes are told once to those who attended; erasing a registration erases its invitations and mail log', async () => {
  const [db] = await setup(dbTargets[0]!);
  const { sendOutcomesNotice } = await import('@/lib/participation/mailings');
  const { eraseRegistration } = await import('@/lib/db/registration-admin');
  const past = '2020-01-15-founding-meeting';
  const [went, stayed] = [await registrant(db!, { group: 'wg1' }), await registrant(db!, { group: 'wg1' })];
  await invitations.ensureAnnouncement(db!, { slug: past, revision: 0, status: 'held', now });
  for (const [p, choice] of [[went, 'attend'], [stayed, 'decline']] as const) {
    const id = (await invitations.createInvitation(db!, { registrationId: p.id, slug: past, now }))!;
    await invitations.answerInvitation(db!, { invitationId: id, choice, capacity: undefined, now });
  }
  expect(await sendOutcomesNotice(db!, past, now)).toBe(1);
  expect(await sendOutcomesNotice(db!, past, now)).toBe(0);
  const mail = await queued(db!, 'participation-outcomes');
  expect(mail.map((m) => m.to_address)).toEqual([went.email]);
  expect(mail[0]!.body_text).toContain('/meetings/2020-01-15-founding-meeting#outcomes');

  await eraseRegistration(db!, went.id, { actor: 'system', action: 'erase', now });
  expect(await db!.selectFrom('invitations').selectAll().where('registration_id', '=', went.id).execute()).toEqual([]);
  expect(await db!.selectFrom('participation_mail_log').selectAll().where('registration_id', '=', went.id).execute()).toEqual([]);
});

test('when the capacity is raised, the secretariat gives the free places to those waiting, in order, each told once', async () => {
  const [db] = await setup(dbTargets[0]!);
  const { givePlacesToWaiting } = await import('@/lib/participation/attendance');
  const people = [await registrant(db!), await registrant(db!), await registrant(db!)];
  await invitations.ensureAnnouncement(db!, { slug: SLUG, revision: 0, status: 'scheduled', now });
  for (const [i, p] of people.entries()) {
    const id = (await invitations.createInvitation(db!, { registrationId: p.id, slug: SLUG, now }))!;
    await invitations.answerInvitation(db!, { invitationId: id, choice: 'attend', capacity: 1, now: new Date(now.getTime() + i) });
  }
  expect(await invitations.attendanceCounts(db!, SLUG)).toMatchObject({ attending: 1, waiting: 2 });
  // The deployed meeting has 40 places.
  const meeting = (await getMeetingBySlug(SLUG))!;
  expect(await givePlacesToWaiting(db!, meeting, now)).toBe(2);
  expect(await givePlacesToWaiting(db!, meeting, now)).toBe(0);
  expect(await invitations.attendanceCounts(db!, SLUG)).toMatchObject({ attending: 3, waiting: 0 });
  expect((await queued(db!, 'participation-promoted')).map((m) => m.to_address).sort()).toEqual([people[1]!.email, people[2]!.email].sort());
});
