import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { linkIn, startSmtpSink, type ReceivedMail, type SmtpSink } from '../../support/smtp-sink';
import { axeProblems } from '../support/gates';
import { startOwnServer, type OwnServer } from '../support/own-server';
import { sites } from '../support/sites';

/**
 * Issue 13's "done when", in real Chromium against the production server, its mail on a real SMTP server
 * on loopback (parsed with mailparser): a visitor chooses Polski on a meeting page, reads the interface
 * in Polish with Polish dates and the English content under the notice, registers in Polish (Polish error
 * messages first), and every mail to them comes in Polish; the secretariat's own mail stays English.
 */
let smtp: SmtpSink;
let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  smtp = await startSmtpSink();
  server = await startOwnServer(sites.fixtures, 'polish-visitor', { SMTP_URL: smtp.url, SECRETARIAT_EMAIL: 'desk@example.test' });
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

/** An upcoming fixture meeting with no Polish translation: Sunday 31 March 2086, 10:00–12:30 in Brussels, summer time. */
const MEETING = '/meetings/2086-03-31-example-group-1-spring-meeting';
const MEETING_TITLE = 'Spring meeting of Example Working Group 1';

const to = (address: string) => (m: ReceivedMail) => m.envelopeTo.includes(address.toLowerCase());

/** English words that would give away an English mail, and none of which a Polish one has. */
const ENGLISH = /\b(Dear|Confirm|registration|reference|the|your|days?|link works)\b/;

function expectPolish(mail: ReceivedMail): void {
  expect(mail.subject, mail.subject).not.toMatch(ENGLISH);
  // Addresses keep their English paths (/pl/registration/confirm): only the words are checked.
  const words = mail.text.replace(/https?:\/\/\S+/g, '');
  expect(words, mail.text).not.toMatch(ENGLISH);
  expect(mail.parsed.headers.get('content-type')).toMatchObject({ params: { charset: 'utf-8' } });
}

function storedLanguage(email: string): string | undefined {
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select language from registrations where email_key = ?').get(email.toLowerCase()) as { language: string } | undefined)?.language;
  } finally {
    db.close();
  }
}

async function fillForm(page: Page, who: { name: string; email: string }) {
  await page.getByLabel('Imię i nazwisko').fill(who.name);
  await page.getByLabel('Adres e-mail').fill(who.email);
  await page.getByLabel('Organizacja', { exact: true }).fill('Ministerstwo Rozwoju');
  await page.getByLabel('Kraj', { exact: true }).selectOption('PL');
  await page.getByRole('group', { name: 'Rodzaj organizacji' }).getByRole('radio', { name: 'Organ państwa członkowskiego' }).check();
  await page.getByRole('checkbox', { name: /^Grupa robocza 1:/ }).check();
  await page.getByRole('checkbox', { name: /Wyrażam zgodę na przetwarzanie moich danych/ }).check();
}

test('a visitor chooses Polski on a meeting page, registers in Polish and gets every mail in Polish', async ({ browser }) => {
  test.setTimeout(240_000);
  const email = `polka-${Date.now().toString(36)}@example.eu`;
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
  const page = await context.newPage();

  // The meeting in English, then Polski from the header's language list.
  await page.goto(`${server.origin}${MEETING}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('summary', { hasText: 'English' }).click();
  await page.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'polski' }).click();
  await page.waitForURL(`**/pl${MEETING}`);

  // The interface in Polish, with Polish dates, and the English content under the notice.
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Posiedzenia' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText('Ta strona nie jest dostępna w języku polskim.')).toBeVisible();
  await expect(page.locator('[data-language-notice]').getByRole('link', { name: 'English' })).toHaveAttribute('href', MEETING);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading.locator('[lang="en"]', { hasText: MEETING_TITLE })).toBeVisible();
  await expect(page.getByText('niedziela, 31 marca 2086, godz. 10:00–12:30, czas brukselski (CEST)').first()).toBeVisible();
  await expect(page.getByText('Strefa czasowa')).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);

  // Register interest in this meeting, in Polish: the form's errors come first, in Polish.
  await page.getByRole('link', { name: 'Zgłoś zainteresowanie tym posiedzeniem' }).click();
  await page.waitForURL('**/pl/participate?meeting=*');
  await expect(page.getByText(`Zgłaszasz zainteresowanie posiedzeniem „${MEETING_TITLE}”.`)).toBeVisible();
  await page.getByRole('button', { name: 'Zgłoś zainteresowanie' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'Wystąpił problem' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Wpisz imię i nazwisko' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Wpisz adres e-mail' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Aby się zgłosić, musisz zaakceptować/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Błąd: Zgłoś zainteresowanie grupą roboczą/);
  // No @ (an address with spaces gets the message about spaces instead).
  await page.getByLabel('Adres e-mail').fill('anna.kowalska.example.eu');
  await page.getByRole('button', { name: 'Zgłoś zainteresowanie' }).click();
  await expect(summary.getByRole('link', { name: 'Wpisz adres e-mail w poprawnym formacie, np. nazwa@example.com' })).toBeVisible();

  await fillForm(page, { name: 'Anna Kowalska', email });
  await page.getByRole('button', { name: 'Zgłoś zainteresowanie' }).click();
  await page.waitForURL('**/pl/participate/confirmation?**');
  await expect(page.getByRole('heading', { level: 1, name: 'Zgłoszenie przyjęte' })).toBeVisible();
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  expect(reference).toMatch(/^[2-9A-Z]{8}$/);
  expect(storedLanguage(email)).toBe('pl');

  // The confirmation mail, in Polish, its links to the Polish pages.
  const welcome = await smtp.waitFor((m) => to(email)(m) && m.subject.includes(reference));
  expect(welcome.subject).toBe(`Potwierdź swoje zgłoszenie zainteresowania (numer referencyjny ${reference})`);
  expect(welcome.text).toContain('Dzień dobry Anna Kowalska,');
  expect(welcome.text).toContain('Kraj: Polska');
  expect(welcome.text).toContain('Rodzaj organizacji: Organ państwa członkowskiego');
  expect(welcome.text).toContain(`Posiedzenie: ${MEETING_TITLE}`);
  expect(welcome.text).toMatch(/w ciągu \d+ dni/);
  expectPolish(welcome);
  const confirm = linkIn(welcome.text, '/pl/registration/confirm');
  const manage = linkIn(welcome.text, '/pl/registration/manage');

  // The secretariat's notice stays English, and says which language the registrant reads.
  const notice = await smtp.waitFor((m) => to('desk@example.test')(m) && m.subject.includes(reference));
  expect(notice.subject).toBe(`New registration of interest (reference ${reference})`);
  expect(notice.text).toContain('Language: Polish');

  // Confirming: the page and its answer in Polish.
  await page.goto(server.local(confirm));
  await expect(page.getByRole('heading', { level: 1, name: 'Potwierdź adres e-mail' })).toBeVisible();
  await page.getByRole('button', { name: 'Potwierdzam mój adres e-mail' }).click();
  await expect(page.getByRole('status')).toHaveText('Dziękujemy: Twój adres e-mail został potwierdzony.');

  // Someone fills in the Polish form again with this address: the proposed change comes in Polish.
  const again = await (await browser.newContext()).newPage();
  await again.goto(`${server.origin}/pl/participate`);
  await fillForm(again, { name: 'Anna Maria Kowalska', email });
  await again.getByRole('button', { name: 'Zgłoś zainteresowanie' }).click();
  await again.waitForURL('**/pl/participate/confirmation?**');
  const changeRef = (await again.getByTestId('reference').textContent()) ?? '';
  const proposal = await smtp.waitFor((m) => to(email)(m) && m.subject.includes(changeRef));
  expect(proposal.subject).toBe(`Potwierdź zmianę zgłoszenia zainteresowania (numer referencyjny ${changeRef})`);
  expect(proposal.text).toContain('Imię i nazwisko: Anna Maria Kowalska (obecnie: Anna Kowalska)');
  expect(proposal.text).toContain(`/pl/registration/change?token=`);
  expectPolish(proposal);

  // A manage link asked for on the Polish page, and the answer for an address with no registration.
  for (const asked of [email, `nikt-${Date.now().toString(36)}@example.eu`]) {
    await page.goto(`${server.origin}/pl/registration/manage`);
    await page.getByLabel('Adres e-mail').fill(asked);
    await page.getByRole('button', { name: 'Wyślij mi link' }).click();
    await page.waitForURL('**/pl/registration/manage/sent');
    await expect(page.getByRole('heading', { level: 1, name: 'Sprawdź pocztę e-mail' })).toBeVisible();
  }
  const manageMail = await smtp.waitFor((m) => to(email)(m) && m.subject === 'Link do zarządzania zgłoszeniem zainteresowania');
  expect(manageMail.text).toContain(`(numer referencyjny ${reference})`);
  expectPolish(manageMail);
  const nobody = await smtp.waitFor((m) => m.envelopeTo.some((a) => a.startsWith('nikt-')));
  expect(nobody.subject).toBe('Prośba o zarządzanie zgłoszeniem zainteresowania');
  expect(nobody.text).toContain('/pl/participate');
  expectPolish(nobody);

  // The manage page shows the language stored, and the download carries it.
  await page.goto(server.local(manage));
  await expect(page.getByRole('heading', { level: 1, name: 'Twoje zgłoszenie' })).toBeVisible();
  const held = page.locator('dl').first();
  await expect(held.getByText('Język wysyłanych do Ciebie e-maili')).toBeVisible();
  await expect(held.getByText('polski', { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Pobierz swoje dane (JSON)' }).click()]);
  const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { registration: Record<string, unknown> };
  expect(data.registration).toMatchObject({ reference, language: { code: 'pl', name: 'polski' }, country: { code: 'PL', name: 'Polska' } });

  // Every mail sent to the registrant was Polish.
  const theirs = smtp.received.filter(to(email));
  expect(theirs.map((m) => m.subject)).toHaveLength(3);
  for (const mail of theirs) expectPolish(mail);

  // Withdrawing, in Polish to the end.
  await page.getByRole('link', { name: 'Wycofaj zgłoszenie' }).click();
  await page.getByRole('button', { name: 'Wycofaj i usuń moje dane' }).click();
  await expect(page.getByRole('status')).toHaveText('Zgłoszenie zostało wycofane, a Twoje dane osobowe usunięte.');
  expect(storedLanguage(email)).toBeUndefined();
});
