import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { linkIn, startSmtpSink, type ReceivedMail, type SmtpSink } from '../../support/smtp-sink';
import { actionFields, postForm } from '../form/support';
import { axeProblems } from '../support/gates';
import { startOwnServer, type OwnServer } from '../support/own-server';
import { runDir, sites } from '../support/sites';
import { validateHtml } from '../support/vnu';

/**
 * S-FORM-4, 7 and 8 end to end: a production server (`next start`) that sends its mail to a real SMTP
 * server on loopback, and real Chromium for the owner, a stranger and a newcomer.
 */
let smtp: SmtpSink;
let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  smtp = await startSmtpSink();
  server = await startOwnServer(sites.fixtures, 'owner-and-stranger', { SMTP_URL: smtp.url, SECRETARIAT_EMAIL: 'desk@example.test' });
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

type Row = { reference: string; full_name: string; email: string; organisation: string; country: string; confirmed_at: string | null; consent_at: string; groups: string };

/** The stored registration of an address, read straight from the server's database, groups included. */
function stored(email: string): Row | undefined {
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `select r.reference, r.full_name, r.email, r.organisation, r.country, r.confirmed_at, r.consent_at,
                (select group_concat(group_id, ',') from (select group_id from registration_groups g where g.registration_id = r.id order by group_id)) as groups
           from registrations r where r.email_key = ?`,
      )
      .get(email.toLowerCase()) as Row | undefined;
  } finally {
    db.close();
  }
}

type Person = { fullName: string; email: string; organisation: string; country: string; type: string; group: RegExp };

async function register(page: Page, who: Person): Promise<string> {
  await page.goto(`${server.origin}/participate`);
  await page.getByLabel('Full name').fill(who.fullName);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Organisation', { exact: true }).fill(who.organisation);
  await page.getByLabel('Country').selectOption(who.country);
  await page.getByRole('group', { name: 'Type of organisation' }).getByRole('radio', { name: who.type, exact: true }).check();
  await page.getByRole('checkbox', { name: who.group }).check();
  await page.getByRole('checkbox', { name: /I agree to the processing of my data/ }).check();
  await page.getByRole('button', { name: 'Register interest' }).click();
  await page.waitForURL('**/participate/confirmation?**');
  return (await page.getByTestId('reference').textContent()) ?? '';
}

const fieldsOf = (who: Person): [string, string][] => [
  ['fullName', who.fullName],
  ['email', who.email],
  ['organisation', who.organisation],
  ['country', who.country],
  ['organisationType', 'other'],
  ['groups', 'wg3'],
  ['consent', 'yes'],
];

const to = (address: string) => (m: ReceivedMail) => m.envelopeTo.includes(address.toLowerCase());

test('a stranger cannot change a registration; its owner confirms, applies, manages, downloads and withdraws by POST only', async ({ browser }) => {
  test.setTimeout(240_000);
  const id = unique();
  const owner: Person = { fullName: 'Zoë Owner', email: `owner-${id}@example.eu`, organisation: 'Owner Org', country: 'PT', type: 'SME', group: /^Working Group 1:/ };
  const strangerValues = { fullName: 'Eve Stranger', organisation: 'Elsewhere', country: 'DE', type: 'Other', group: /^Working Group 3:/ };
  const pages: { name: string; html: string }[] = [];
  const keep = async (name: string, url: string) => pages.push({ name, html: await (await fetch(url)).text() });

  // The owner registers and gets the confirmation mail.
  const ownerContext = await browser.newContext({ acceptDownloads: true });
  const page = await ownerContext.newPage();
  const ownerRef = await register(page, owner);
  expect(ownerRef).toMatch(/^[2-9A-Z]{8}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What you chose' })).toBeVisible();
  await expect(page.getByText(/^Working Group 1:/)).toBeVisible();
  const welcome = await smtp.waitFor((m) => to(owner.email)(m) && m.subject.includes(ownerRef));

  // The confirm link: opening it (as a mail scanner does, and as a person does) changes nothing.
  const confirm = server.local(linkIn(welcome.text, '/registration/confirm'));
  await fetch(confirm);
  await page.goto(confirm);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your email address' })).toBeVisible();
  expect(stored(owner.email)?.confirmed_at).toBeNull();
  expect(await axeProblems(page)).toEqual([]);
  await keep('confirm page', confirm);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you: your email address is confirmed.');
  const confirmed = stored(owner.email)!;
  expect(confirmed.confirmed_at).not.toBeNull();

  // A stranger submits the owner's address with other values; a newcomer submits a new address with the same.
  const stranger = await (await browser.newContext()).newPage();
  const strangerRef = await register(stranger, { ...strangerValues, email: owner.email.toUpperCase() });
  const newcomer = await (await browser.newContext()).newPage();
  const newcomerEmail = `newcomer-${id}@example.eu`;
  const newcomerRef = await register(newcomer, { ...strangerValues, email: newcomerEmail });
  expect(strangerRef).not.toBe(ownerRef);
  expect(await stranger.content()).not.toContain(ownerRef);
  const text = async (p: Page, ref: string) => (await p.locator('main').innerText()).replace(ref, 'REFERENCE');
  expect(await text(stranger, strangerRef)).toBe(await text(newcomer, newcomerRef));
  expect(stored(owner.email)).toEqual(confirmed);

  // The same without JavaScript, as bytes: status, redirect and page differ only in the new reference.
  const hidden = await actionFields(server.origin);
  const known = await postForm(server.origin, hidden, fieldsOf({ ...owner, ...strangerValues }));
  const fresh = await postForm(server.origin, hidden, fieldsOf({ ...owner, ...strangerValues, email: `fresh-${id}@example.eu` }));
  expect([known.status, fresh.status]).toEqual([303, 303]);
  const refOf = (location: string | null) => new URL(location ?? '', server.origin).searchParams;
  const mask = (s: string, location: string | null) => s.replaceAll(refOf(location).get('ref')!, 'REF').replaceAll(refOf(location).get('sig')!, 'SIG');
  expect(mask(known.location!, known.location)).toBe(mask(fresh.location!, fresh.location));
  const knownPage = await (await fetch(new URL(known.location!, server.origin))).text();
  const freshPage = await (await fetch(new URL(fresh.location!, server.origin))).text();
  expect(knownPage).not.toContain(ownerRef);
  expect(mask(knownPage, known.location)).toBe(mask(freshPage, fresh.location));
  pages.push({ name: 'confirmation page', html: knownPage });
  expect(stored(owner.email)).toEqual(confirmed);

  // Only the owner's mailbox hears of it: the proposed change, beside what is stored now.
  const proposal = await smtp.waitFor((m) => to(owner.email)(m) && m.subject.includes(strangerRef));
  expect(proposal.envelopeTo).toEqual([owner.email]);
  expect(proposal.text).toContain(`your reference: ${ownerRef}`);
  expect(proposal.text).toContain('Full name: Eve Stranger (now: Zoë Owner)');
  // No mail but the owner's, and the secretariat's own notice of the owner's registration, names the owner's reference.
  expect(smtp.received.filter((m) => m.text.includes(ownerRef) && !to(owner.email)(m) && !to('desk@example.test')(m))).toEqual([]);

  // The change link: its GET changes nothing; its button applies the change.
  const change = server.local(linkIn(proposal.text, '/registration/change'));
  await fetch(change);
  await page.goto(change);
  await expect(page.getByText('Eve Stranger')).toBeVisible();
  expect(stored(owner.email)).toEqual(confirmed);
  expect(await axeProblems(page)).toEqual([]);
  await keep('change page', change);
  await page.getByRole('button', { name: 'Apply this change' }).click();
  await expect(page.getByRole('status')).toHaveText('The change has been applied to your registration.');
  expect(stored(owner.email)).toMatchObject({ reference: ownerRef, full_name: 'Eve Stranger', organisation: 'Elsewhere', country: 'DE', groups: 'wg1,wg3' });

  // The manage link shows everything stored, changes it, downloads it and erases it.
  const manage = server.local(linkIn(welcome.text, '/registration/manage'));
  await fetch(manage);
  await page.goto(manage);
  await expect(page.getByRole('heading', { level: 1, name: 'Your registration' })).toBeVisible();
  const held = page.locator('dl').first();
  for (const value of [ownerRef, 'Eve Stranger', owner.email, 'Elsewhere', 'Germany']) await expect(held.getByText(value, { exact: true })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await keep('manage page', manage);
  await page.getByLabel('Organisation', { exact: true }).fill('Corrected Organisation');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Your changes have been saved.');
  expect(stored(owner.email)?.organisation).toBe('Corrected Organisation');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download your data (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe(`registration-${ownerRef}.json`);
  const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { registration: Record<string, unknown> };
  expect(data.registration).toMatchObject({ reference: ownerRef, email: owner.email, fullName: 'Eve Stranger', organisation: 'Corrected Organisation' });

  await page.getByRole('link', { name: 'Withdraw your registration' }).click();
  await expect(page.getByRole('button', { name: 'Withdraw and erase my data' })).toBeVisible();
  expect(stored(owner.email)).toBeDefined();
  expect(await axeProblems(page)).toEqual([]);
  await keep('withdraw page', page.url());
  await page.getByRole('button', { name: 'Withdraw and erase my data' }).click();
  await expect(page.getByRole('status')).toHaveText('Your registration has been withdrawn and your personal data erased.');
  expect(stored(owner.email)).toBeUndefined();
  await page.goto(manage);
  await expect(page.getByRole('status')).toHaveText('This registration no longer exists: it was withdrawn or erased.');

  const errors = validateHtml(pages, path.join(runDir(), 'vnu-registrant'));
  expect(errors.map((e) => `${e.name}:${e.line ?? ''} ${e.message} ${e.extract ?? ''}`)).toEqual([]);
});

test('asking for a manage link gives one answer whether or not the address is registered, and the mail decides', async ({ page }) => {
  test.setTimeout(120_000);
  const id = unique();
  const registered = `asker-${id}@example.eu`;
  const ref = await register(page, { fullName: 'Asker', email: registered, organisation: 'Org', country: 'BE', type: 'SME', group: /^Working Group 2:/ });
  const answers: string[] = [];
  for (const email of [registered, `unknown-${id}@example.eu`]) {
    await page.goto(`${server.origin}/registration/manage`);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.waitForURL('**/registration/manage/sent');
    answers.push(await page.locator('main').innerText());
  }
  expect(answers[0]).toBe(answers[1]);
  expect(await axeProblems(page)).toEqual([]);
  const link = await smtp.waitFor((m) => to(registered)(m) && m.subject === 'Your link to manage your registration of interest');
  expect(link.text).toContain(ref);
  await page.goto(server.local(linkIn(link.text, '/registration/manage')));
  await expect(page.getByRole('heading', { level: 1, name: 'Your registration' })).toBeVisible();
  const none = await smtp.waitFor(to(`unknown-${id}@example.eu`));
  expect(none.text).toContain('There is no registration with this address');

  // A bad address is told so, GOV.UK style, and kept.
  await page.goto(`${server.origin}/registration/manage`);
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Manage your registration/);
  await expect(page.getByLabel('Email address')).toHaveValue('not-an-address');
  expect(await axeProblems(page)).toEqual([]);
});
