import { expect, test } from '@playwright/test';
import { databaseFile, sites } from '../support/sites';
import { actionFields, completeForm, postForm, referenceOf, storedEmails } from './support';

const origin = sites.fixtures.origin;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** Replaces fields of a complete form (by name) and appends extra ones. */
function formWith(email: string, changes: Record<string, string | null>, extra: [string, string][] = []): [string, string][] {
  const base = completeForm(email).filter(([k]) => !(k in changes));
  const changed = Object.entries(changes).filter((e): e is [string, string] => e[1] !== null);
  return [...base, ...changed, ...extra];
}

type Expectation = { message: string } | { stored: true } | { dropped: true };

const cases: { name: string; fields: (email: string) => [string, string][]; expect: Expectation }[] = [
  { name: 'a name far past its limit', fields: (e) => formWith(e, { fullName: 'x'.repeat(50_000) }), expect: { message: 'Full name must be 200 characters or less' } },
  { name: 'an organisation far past its limit', fields: (e) => formWith(e, { organisation: 'y'.repeat(20_000) }), expect: { message: 'Organisation must be 200 characters or less' } },
  { name: 'a contribution past 2,000 characters', fields: (e) => formWith(e, { contribution: 'z'.repeat(2001) }), expect: { message: 'How you would like to contribute must be 2,000 characters or less' } },
  { name: 'an email past 254 characters', fields: () => formWith(`${'a'.repeat(64)}@${'b'.repeat(200)}.eu`, {}), expect: { message: 'Email address must be 254 characters or less' } },
  { name: 'NUL in the name', fields: (e) => formWith(e, { fullName: 'Anna\u0000Müller' }), expect: { message: 'Full name must not include line breaks' } },
  { name: 'a bell and escape in the organisation', fields: (e) => formWith(e, { organisation: 'Org\u0007\u001b[31m' }), expect: { message: 'Organisation must not include line breaks' } },
  { name: 'a right-to-left override in the name', fields: (e) => formWith(e, { fullName: 'Anna \u202egnp.exe' }), expect: { message: 'Full name must not include line breaks' } },
  { name: 'CR/LF in the name', fields: (e) => formWith(e, { fullName: 'Anna\r\nBcc: victim@example.com' }), expect: { message: 'Full name must not include line breaks' } },
  { name: 'CR/LF in the email', fields: (e) => formWith(`${e}\r\nBcc: victim@example.com`, {}), expect: { message: 'Email address must not include spaces, line breaks' } },
  { name: 'HTML and script in the name', fields: (e) => formWith(e, { fullName: '<script>alert(1)</script><img src=x onerror=alert(2)>' }), expect: { stored: true } },
  { name: 'SQL in the organisation', fields: (e) => formWith(e, { organisation: "'); DROP TABLE registrations; --" }), expect: { stored: true } },
  { name: 'emoji and accented names', fields: (e) => formWith(e, { fullName: 'Zoë Ångström-Łukasiewicz 👩🏽‍🔬' }), expect: { stored: true } },
  { name: 'an internationalised email address', fields: () => formWith(`josé.garcía-${unique()}@correo.es`, {}), expect: { stored: true } },
  { name: 'an IDN email domain', fields: () => formWith(`anna-${unique()}@bücher.de`, {}), expect: { stored: true } },
  { name: 'an unknown working group', fields: (e) => formWith(e, { groups: 'wg99' }), expect: { message: 'Select working groups from the list' } },
  { name: 'an unknown meeting', fields: (e) => formWith(e, { meeting: '../../etc/passwd' }), expect: { message: 'Select a meeting from the list' } },
  { name: 'a past meeting', fields: (e) => formWith(e, { meeting: '2020-01-15-founding-meeting' }), expect: { message: 'already taken place' } },
  { name: 'an unknown country', fields: (e) => formWith(e, { country: 'XX' }), expect: { message: 'Select your country' } },
  { name: 'a thousand repeated fields', fields: (e) => formWith(e, {}, Array.from({ length: 1000 }, (_, i) => [i % 2 ? 'groups' : 'fullName', i % 2 ? 'wg2' : 'Repeat']) as [string, string][]), expect: { stored: true } },
  { name: 'a missing consent', fields: (e) => formWith(e, { consent: null }), expect: { message: 'You must agree to the privacy statement to register' } },
  { name: 'a consent with another value', fields: (e) => formWith(e, { consent: 'on' }), expect: { message: 'You must agree to the privacy statement to register' } },
  { name: 'a filled honeypot', fields: (e) => formWith(e, {}, [['website', 'https://spam.example']]), expect: { dropped: true } },
];

test.describe('hostile input posted to the running server', () => {
  let hidden: [string, string][];
  test.beforeAll(async () => {
    hidden = await actionFields(origin);
  });

  for (const c of cases) {
    test(`${c.name} gets a clear answer, never a 500`, async () => {
      const email = `hostile-${unique()}@example.eu`;
      const fields = c.fields(email);
      const sentEmail = fields.find(([k]) => k === 'email')?.[1] ?? '';
      const res = await postForm(origin, hidden, fields);
      expect(res.status).not.toBe(500);
      if ('message' in c.expect) {
        expect(res.status).toBe(200);
        expect(res.body).toContain('There is a problem');
        expect(res.body).toContain(c.expect.message.replace(/'/g, '&#x27;'));
        expect(storedEmails(databaseFile('fixtures')).has(sentEmail.toLowerCase())).toBe(false);
      } else {
        expect(res.status).toBe(303);
        expect(res.location).toMatch(/^\/participate\/confirmation\?ref=[2-9A-Z]{8}/);
        const stored = [...storedEmails(databaseFile('fixtures')).values()].includes(referenceOf(res.location) ?? '');
        expect(stored).toBe('stored' in c.expect);
      }
    });
  }

  test('markup in a value is shown back escaped, never run', async ({ page }) => {
    const res = await postForm(origin, hidden, formWith('bad@', { fullName: '<script>window.pwned=1</script>' }));
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script>window.pwned=1</script>');
    expect(res.body).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    await page.setContent(res.body.replace(/<script[^>]*src[^>]*><\/script>/g, ''));
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('a body over the size limit is answered 413 with a plain message', async () => {
    const res = await postForm(origin, hidden, formWith(`big-${unique()}@example.eu`, { contribution: 'x'.repeat(2_000_000) }));
    expect(res.status).toBe(413);
    expect(res.body).toContain('Your registration was too large to send');
  });

  test('a post with a foreign Origin stores nothing', async () => {
    const email = `foreign-${unique()}@example.eu`;
    const res = await postForm(origin, hidden, completeForm(email), { Origin: 'https://attacker.example' });
    expect(res.status).not.toBe(303);
    expect(storedEmails(databaseFile('fixtures')).has(email)).toBe(false);
  });
});
