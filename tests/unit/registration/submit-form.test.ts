import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The environment is read once, on first use: set it before anything asks.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-form-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'form.sqlite')}`;
process.env.RATE_LIMIT_MAX = '3';
process.env.RATE_LIMIT_WINDOW_SECONDS = '600';

const { submitInterestForm } = await import('@/lib/registration/submit-form');
const { getDb } = await import('@/lib/db/client');
const { listRegistrations } = await import('@/lib/db/registrations');

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

const complete = {
  fullName: 'Anna Müller',
  email: 'anna@example.eu',
  organisation: 'Ministry of Economy',
  country: 'DE',
  organisationType: 'member-state-authority',
  groups: ['wg1'],
  consent: 'yes',
};

let client = 0;
// One fixed instant, in the middle of a rate-limit window: on the wall clock, the posts of one test could
// fall on both sides of a window's end and the limit would start again between them.
const NOW = new Date('2026-11-28T10:05:00Z');
const fresh = () => ({ clientKey: `ip:test-${++client}`, now: NOW });

beforeAll(async () => {
  await getDb();
});

afterAll(async () => {
  await (await getDb()).destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('submitting the form', () => {
  test('a complete form is stored and redirects to the confirmation with its reference', async () => {
    const outcome = await submitInterestForm(form(complete), fresh());
    expect(outcome).toEqual({ redirectTo: expect.stringMatching(/^\/participate\/confirmation\?ref=[2-9A-Z]{8}&groups=wg1&sig=[\w-]{22}$/) });
    const stored = (await listRegistrations(await getDb())).find((r) => r.emailKey === 'anna@example.eu');
    expect(stored).toMatchObject({ fullName: 'Anna Müller', groups: ['wg1'] });
    // The seed has no privacy page yet, so its version is recorded honestly as unknown.
    expect(stored?.privacyVersion).toBeTruthy();
    // Its confirmation mail and links were committed with it, in the same transaction.
    const db = await getDb();
    const mail = await db.selectFrom('mail_queue').select('kind').where('registration_id', '=', stored!.id).execute();
    expect(mail.map((m) => m.kind)).toContain('registrant');
    const tokens = await db.selectFrom('registration_tokens').select('purpose').where('registration_id', '=', stored!.id).execute();
    expect(tokens.map((t) => t.purpose).sort()).toEqual(['confirm', 'manage']);
  });

  test('the same address again changes nothing, and its answer differs from a new address\'s only in the reference', async () => {
    const owner = await submitInterestForm(form({ ...complete, email: 'bo@example.eu' }), fresh());
    const stranger = await submitInterestForm(
      form({ ...complete, email: 'BO@Example.EU', fullName: 'Eve Stranger', organisation: 'Elsewhere', groups: ['wg3'] }),
      fresh(),
    );
    const newcomer = await submitInterestForm(
      form({ ...complete, email: 'new-person@example.eu', fullName: 'Eve Stranger', organisation: 'Elsewhere', groups: ['wg3'] }),
      fresh(),
    );
    if (!('redirectTo' in owner) || !('redirectTo' in stranger) || !('redirectTo' in newcomer)) throw new Error('expected redirects');
    const ref = (url: string) => new URL(url, 'http://x').searchParams.get('ref')!;
    // The stranger sees a reference of their own, never the owner's.
    expect(ref(stranger.redirectTo)).not.toBe(ref(owner.redirectTo));
    expect(stranger.redirectTo).not.toContain(ref(owner.redirectTo));
    const masked = (url: string) => url.replace(ref(url), 'REF').replace(/sig=[\w-]+/, 'sig=SIG');
    expect(masked(stranger.redirectTo)).toBe(masked(newcomer.redirectTo));

    const db = await getDb();
    const rows = (await listRegistrations(db)).filter((r) => r.emailKey === 'bo@example.eu');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fullName: 'Anna Müller', organisation: 'Ministry of Economy', groups: ['wg1'], reference: ref(owner.redirectTo) });
    // The proposal is mailed to the address only, with a link whose button applies it.
    const mail = await db.selectFrom('mail_queue').select(['kind', 'to_address', 'body_text']).where('registration_id', '=', rows[0]!.id).execute();
    expect(mail.map((m) => m.kind).sort()).toEqual(['change', 'registrant']);
    const change = mail.find((m) => m.kind === 'change')!;
    expect(change.to_address).toBe('bo@example.eu');
    expect(change.body_text).toContain('Full name: Eve Stranger (now: Anna Müller)');
    expect(change.body_text).toMatch(/\/registration\/change\?token=[\w-]{43}/);
  });

  test('an invalid form comes back with every error and every value as typed', async () => {
    const sent = { ...complete, email: 'not-an-email', fullName: ' Zoë\u202e ', groups: [], consent: '' };
    const outcome = await submitInterestForm(form(sent), fresh());
    if (!('state' in outcome)) throw new Error('expected the form back');
    expect(outcome.state.status).toBe('invalid');
    expect(outcome.state.fieldErrors).toEqual({
      fullName: 'Full name must not include line breaks, control characters or hidden direction marks',
      email: 'Enter an email address in the correct format, like name@example.com',
      groups: 'Select at least one working group',
      consent: 'You must agree to the privacy statement to register',
    });
    expect(outcome.state.values).toMatchObject({ fullName: ' Zoë\u202e ', email: 'not-an-email', organisation: 'Ministry of Economy', country: 'DE', groups: [], consent: false });
  });

  test('a form posted from a page in another language answers in it, redirects to it, and stores it', async () => {
    const polish = { ...complete, email: 'jan@example.pl', locale: 'pl', language: 'pl' };
    const invalid = await submitInterestForm(form({ ...polish, fullName: '', consent: '' }), fresh());
    if (!('state' in invalid)) throw new Error('expected the form back');
    expect(invalid.state.fieldErrors).toEqual({
      fullName: 'Wpisz imię i nazwisko',
      consent: 'Aby się zgłosić, musisz zaakceptować oświadczenie o ochronie prywatności',
    });
    const stored = await submitInterestForm(form(polish), fresh());
    expect(stored).toEqual({ redirectTo: expect.stringMatching(/^\/pl\/participate\/confirmation\?ref=[2-9A-Z]{8}&groups=wg1&sig=[\w-]{22}$/) });
    const rows = await listRegistrations(await getDb());
    expect(rows.find((r) => r.email === 'jan@example.pl')?.language).toBe('pl');
    // Without a language field, the language is the page's; an unknown page language reads as English.
    await submitInterestForm(form({ ...complete, email: 'eva@example.cz', locale: 'cs' }), fresh());
    const tampered = await submitInterestForm(form({ ...complete, email: 'x@example.eu', locale: 'xx', language: 'klingon' }), fresh());
    expect(tampered).toMatchObject({ state: { fieldErrors: { language: 'Select a language from the list' } } });
    expect((await listRegistrations(await getDb())).find((r) => r.email === 'eva@example.cz')?.language).toBe('cs');
  });

  test('a bot that fills the honeypot sees a confirmation, and nothing is stored', async () => {
    const before = (await listRegistrations(await getDb())).length;
    const outcome = await submitInterestForm(form({ ...complete, email: 'bot@example.eu', website: 'http://spam.example' }), fresh());
    expect(outcome).toEqual({ redirectTo: expect.stringMatching(/^\/participate\/confirmation\?ref=[2-9A-Z]{8}&groups=wg1&sig=[\w-]{22}$/) });
    expect(await listRegistrations(await getDb())).toHaveLength(before);
  });

  test('past the rate limit a client is told to wait, and nothing more is stored', async () => {
    const who = fresh();
    for (let i = 0; i < 3; i++) {
      expect(await submitInterestForm(form({ ...complete, email: `rl${i}@example.eu` }), who)).toHaveProperty('redirectTo');
    }
    const outcome = await submitInterestForm(form({ ...complete, email: 'rl3@example.eu' }), who);
    if (!('state' in outcome)) throw new Error('expected the form back');
    expect(outcome.state.formError).toMatch(/^You have sent too many registrations\. Wait \d+ minutes? and try again\.$/);
    expect(outcome.state.values.email).toBe('rl3@example.eu');
    expect((await listRegistrations(await getDb())).some((r) => r.emailKey === 'rl3@example.eu')).toBe(false);
    // Another client is not affected.
    expect(await submitInterestForm(form({ ...complete, email: 'rl4@example.eu' }), fresh())).toHaveProperty('redirectTo');
  });
});
