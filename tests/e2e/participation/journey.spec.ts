import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { headerValue, linkIn, startSmtpSink, type ReceivedMail, type SmtpSink } from '../../support/smtp-sink';
import { axeProblems, securityHeaderProblems } from '../support/gates';
import { validateHtml } from '../support/vnu';
import { startOwnServer, type OwnServer } from '../support/own-server';
import { runDir, sites, testSettings } from '../support/sites';

/**
 * Issue 14's "done when", in real Chromium on the fixture build, with a real SMTP server on loopback and
 * every mail parsed as a mail client would (mailparser, ical.js): three people register and confirm for
 * Working Group 2; the secretariat announces its meeting with two places; two attend, the third waits;
 * one withdraws and the third is promoted and told; the meeting's revision is raised and the deployed
 * content (the server restarted on the changed content, the same database) offers a change notice whose
 * calendar entry has the same UID and a higher SEQUENCE; a cancellation sends METHOD:CANCEL; a one-click
 * unsubscribe (RFC 8058 POST) stops further mail; nothing is sent twice.
 */
const SLUG = '2086-10-27-example-group-2-autumn-meeting';
const MEETING_FILE = `meetings/${SLUG}.mdx`;
const UID = `${SLUG}@dei-platform`;

let smtp: SmtpSink;
let server: OwnServer | undefined;
let contentDir: string;
let databaseFile: string;

/** The deployed content: a copy of the fixtures with the meeting's frontmatter edited as an editor would. */
function editMeeting(edit: (source: string) => string): void {
  const file = path.join(contentDir, MEETING_FILE);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
}

async function start(): Promise<OwnServer> {
  await server?.stop();
  server = await startOwnServer(sites.fixtures, 'participation', {
    SMTP_URL: smtp.url,
    CONTENT_DIR: contentDir,
    DATABASE_URL: `file:${databaseFile}`,
    REMINDER_DAYS_BEFORE: '0',
  });
  return server;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-participation-'));
  contentDir = path.join(dir, 'content');
  fs.cpSync(path.resolve(__dirname, '../../fixtures/content'), contentDir, { recursive: true });
  databaseFile = path.join(dir, 'site.sqlite');
  editMeeting((s) => s.replace(/^capacity: \d+$/m, 'capacity: 2'));
  smtp = await startSmtpSink();
  await start();
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

const to = (address: string) => (m: ReceivedMail) => m.envelopeTo.includes(address);
const mailsTo = (address: string) => smtp.received.filter(to(address));

async function register(page: Page, who: { name: string; email: string }): Promise<void> {
  await page.goto(`${server!.origin}/participate`);
  await page.getByLabel('Full name').fill(who.name);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Organisation', { exact: true }).fill('Digital Innovation Hub');
  await page.getByLabel('Country').selectOption('BE');
  await page.getByRole('group', { name: 'Type of organisation' }).getByLabel('SME').check();
  await page.getByRole('group', { name: 'Working groups' }).getByRole('checkbox', { name: /Working Group 2/ }).check();
  await page.getByRole('checkbox', { name: /I agree to the processing of my data/ }).check();
  await page.getByRole('button', { name: 'Register interest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registration received' })).toBeVisible();
  const welcome = await smtp.waitFor(to(who.email));
  await page.goto(server!.local(linkIn(welcome.text, '/registration/confirm')));
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you: your email address is confirmed.');
}

/** The link of a mail line such as "I will attend: https://…", as this server's URL. */
function lineLink(mail: ReceivedMail, label: string): string {
  const match = mail.text.match(new RegExp(`${label}: (https?://\\S+)`));
  if (!match) throw new Error(`no "${label}" link in:\n${mail.text}`);
  return server!.local(match[1]!);
}

function calendarOf(mail: ReceivedMail): ICAL.Component {
  const part = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error(`no calendar in "${mail.subject}"`);
  return new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
}

async function signIn(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server!.origin}/admin/sign-in`);
  await page.getByLabel('Email address').fill(testSettings.adminEmail);
  await page.getByLabel('Password').fill(testSettings.adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/admin');
  return page;
}

test('invitations, a waiting list with promotion, change and cancellation notices, one-click unsubscribe; nothing sent twice', async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const people = ['Ada', 'Bram', 'Cleo'].map((name) => ({ name: `${name} Tester`, email: `${name.toLowerCase()}-${stamp}@example.eu` }));
  const [ada, bram, cleo] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
  const visitor = await (await browser.newContext()).newPage();
  for (const p of people) await register(visitor, p);

  // The secretariat: the meeting reaches the three; preview, a test to itself, then the send.
  const admin = await signIn(browser);
  await admin.getByRole('navigation', { name: 'Secretariat area' }).getByRole('link', { name: 'Meetings' }).click();
  await admin.getByRole('link', { name: /Autumn meeting/ }).click();
  await expect(admin.getByText('The invitation would reach 3 confirmed people not yet invited.')).toBeVisible();
  expect(await axeProblems(admin)).toEqual([]);
  await admin.getByText(/^Preview/).click();
  await expect(admin.getByText('Subject: Invitation: Autumn meeting')).toBeVisible();
  await admin.getByRole('button', { name: `Send a test to ${testSettings.adminEmail}` }).click();
  await expect(admin.getByRole('status')).toHaveText('A test invitation is queued to your own address.');
  const testMail = await smtp.waitFor(to(testSettings.adminEmail));
  expect(testMail.subject).toMatch(/^\[TEST\] Invitation: Autumn meeting/);
  await admin.getByRole('button', { name: 'Send the invitation to 3 people' }).click();
  await expect(admin.getByRole('status')).toHaveText('Invitations queued for 3 people.');
  await expect(admin.getByText('Everyone this invitation reaches has been invited.')).toBeVisible();

  const invitations = await Promise.all(people.map((p) => smtp.waitFor((m) => to(p.email)(m) && m.subject.startsWith('Invitation:'))));
  for (const mail of invitations) {
    expect(headerValue(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerValue(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/unsubscribe\?token=[^>]+>$/);
    const event = calendarOf(mail).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).toBe(UID);
    expect(Number(event.getFirstPropertyValue('sequence'))).toBe(0);
  }
  const [adaMail, bramMail, cleoMail] = invitations as [ReceivedMail, ReceivedMail, ReceivedMail];

  // Ada and Bram attend; a mail scanner opening Cleo's link first changes nothing; Cleo joins the waiting list.
  for (const mail of [adaMail, bramMail]) {
    await visitor.goto(lineLink(mail, 'I will attend'));
    await expect(visitor.getByText('You have not answered yet.')).toBeVisible();
    await visitor.getByRole('button', { name: 'I will attend' }).click();
    await expect(visitor.getByRole('status')).toHaveText('Thank you. Your answer is saved: you will attend, and you have a place.');
  }
  const scanner = await fetch(lineLink(cleoMail, 'I will attend'));
  expect(scanner.status).toBe(200);
  await visitor.goto(lineLink(cleoMail, 'I will attend'));
  await expect(visitor.getByText('You have not answered yet.')).toBeVisible();
  await expect(visitor.getByText('All places are taken: if you answer "I will attend" you join the waiting list.')).toBeVisible();
  expect(await axeProblems(visitor)).toEqual([]);
  await visitor.getByRole('button', { name: 'I will attend' }).click();
  await expect(visitor.getByRole('status')).toHaveText(/you are on the waiting list, number 1\./);

  // The new public pages as served: valid HTML, the security headers, one visible h1 without JavaScript.
  const documents: { name: string; html: string }[] = [];
  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const [name, url] of [
    ['attendance', lineLink(bramMail, 'I cannot attend')],
    ['attendance-saved', `${lineLink(cleoMail, 'I will attend')}&saved=waiting`],
    ['unsubscribe', lineLink(adaMail, 'To receive no more email about meetings, open this page and press its button')],
    ['attendance-invalid', `${server!.origin}/attendance?token=nonsense`],
  ] as const) {
    const response = await fetch(url);
    expect(response.status, name).toBe(200);
    expect(securityHeaderProblems(Object.fromEntries(response.headers)), name).toEqual([]);
    documents.push({ name, html: await response.text() });
    await noScript.goto(url);
    await expect(noScript.locator('main h1')).toHaveCount(1);
    await expect(noScript.locator('main h1')).toBeVisible();
  }
  expect(validateHtml(documents, path.join(runDir(), 'vnu-participation'))).toEqual([]);

  // The meeting page: counts only.
  await visitor.goto(`${server!.origin}/meetings/${SLUG}`);
  await expect(visitor.locator('[data-places]')).toHaveText('All places are taken. The waiting list is open.');
  const places = await (await fetch(`${server!.origin}/api/meetings/${SLUG}/places`)).json();
  expect(places).toEqual({ capacity: 2, attending: 2, waiting: 1, left: 0, text: 'All places are taken. The waiting list is open.' });

  // Ada withdraws: Cleo is promoted and told.
  await visitor.goto(lineLink(adaMail, 'I cannot attend'));
  await visitor.getByRole('button', { name: 'I cannot attend' }).click();
  await expect(visitor.getByRole('status')).toHaveText('Thank you for telling us. Your answer is saved: you cannot attend.');
  const promoted = await smtp.waitFor((m) => to(cleo.email)(m) && m.subject.startsWith('A place for you:'));
  expect(promoted.text).toContain('it is yours: you are now attending');

  // The secretariat sees and exports the attendance.
  await admin.reload();
  await expect(admin.getByText('2 attending, 0 waiting, 1 not attending, 3 invited in all.')).toBeVisible();
  const csv = await admin.request.get(`${server!.origin}/admin/meetings/${SLUG}/attendance.csv`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).map((l) => l.split('","')[6])).toEqual(['Attending', 'Attending', 'Not attending']);

  // The revision is raised and the content deployed again: a change notice is offered and sent to those not declined.
  editMeeting((s) => s.replace('  start: "09:30"', '  start: "10:00"').replace(/^capacity: 2$/m, 'capacity: 2\nrevision: 1'));
  await start();
  const admin2 = await signIn(browser);
  await admin2.goto(`${server!.origin}/admin/meetings/${SLUG}`);
  await expect(admin2.getByRole('heading', { name: 'Change notice' })).toBeVisible();
  await admin2.getByRole('button', { name: 'Tell 2 people about the change' }).click();
  await expect(admin2.getByRole('status')).toHaveText('Change notices queued for 2 people.');
  await expect(admin2.getByRole('heading', { name: 'Change notice' })).toHaveCount(0);
  for (const p of [bram, cleo]) {
    const change = await smtp.waitFor((m) => to(p.email)(m) && m.subject.startsWith('Changed:'));
    const calendar = calendarOf(change);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).toBe(UID);
    expect(Number(event.getFirstPropertyValue('sequence'))).toBe(1);
    expect(String(event.getFirstPropertyValue('dtstart'))).toContain('T10:00:00');
  }

  // Bram unsubscribes with his mail program's one-click button: a POST to the List-Unsubscribe address.
  const header = headerValue(bramMail, 'List-Unsubscribe') ?? '';
  const oneClick = /<([^>]+)>/.exec(header)?.[1];
  expect(oneClick).toBeTruthy();
  const scanned = await fetch(server!.local(oneClick!), { redirect: 'manual' });
  expect(scanned.status).toBe(303);
  const posted = await fetch(server!.local(oneClick!), { method: 'POST', body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }) });
  expect(posted.status).toBe(200);

  // The meeting is cancelled: METHOD:CANCEL to Cleo; Bram, unsubscribed, gets nothing.
  editMeeting((s) => s.replace('status: scheduled', 'status: cancelled').replace(/^revision: 1$/m, 'revision: 2'));
  await start();
  const admin3 = await signIn(browser);
  await admin3.goto(`${server!.origin}/admin/meetings/${SLUG}`);
  await admin3.getByRole('button', { name: 'Tell 1 person about the change' }).click();
  await expect(admin3.getByRole('status')).toHaveText('Change notice queued for 1 person.');
  const cancel = await smtp.waitFor((m) => to(cleo.email)(m) && m.subject.startsWith('Cancelled:'));
  const calendar = calendarOf(cancel);
  expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
  const event = calendar.getFirstSubcomponent('vevent')!;
  expect(event.getFirstPropertyValue('uid')).toBe(UID);
  expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(Number(event.getFirstPropertyValue('sequence'))).toBe(2);
  await new Promise((r) => setTimeout(r, 1500));
  expect(mailsTo(bram.email).filter((m) => m.subject.startsWith('Cancelled:'))).toEqual([]);

  // Nothing was sent twice.
  const seen = smtp.received.map((m) => `${m.envelopeTo.join(',')} ${m.subject}`);
  expect(new Set(seen).size).toBe(seen.length);
  expect(mailsTo(ada.email).filter((m) => !m.subject.startsWith('Confirm')).map((m) => m.subject.split(':')[0])).toEqual(['Invitation']);
});
