import { describe, expect, test } from 'vitest';
import {
  CONTRIBUTION_MAX_LENGTH,
  createRegistrationSchema,
  EMAIL_MAX_LENGTH,
  fieldErrorsOf,
  FULL_NAME_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
  type RegistrationFormValues,
} from '@/lib/registration/schema';
import { getTranslator } from '@/lib/i18n/translator';
import { emailKey, isValidEmail } from '@/lib/registration/email';
import { clientKeyFrom } from '@/lib/registration/client-address';
import { newReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from '@/lib/registration/reference';
import { judgeBodyLength, FORM_BODY_MAX_BYTES } from '@/lib/registration/body-limit';

const choices = {
  groupIds: ['wg1', 'wg2', 'wg3'],
  upcomingMeetingSlugs: ['2030-01-10-wg2-meeting'],
  allMeetingSlugs: ['2030-01-10-wg2-meeting', '2017-11-21-high-level-governance-meeting'],
};
const schema = createRegistrationSchema(choices, await getTranslator('en', 'form.errors'));

const valid: RegistrationFormValues = {
  fullName: '  Anna Müller ',
  email: 'anna@example.eu',
  organisation: 'Ministry of Economy',
  country: 'DE',
  organisationType: 'member-state-authority',
  groups: ['wg2', 'wg1', 'wg2'],
  meeting: '',
  contribution: '',
  language: 'pl',
  consent: true,
};

function errorsFor(values: Partial<RegistrationFormValues>) {
  const result = schema.safeParse({ ...valid, ...values });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('the registration schema', () => {
  test('accepts a complete registration, trimmed, with groups de-duplicated and sorted', () => {
    const result = schema.parse(valid);
    expect(result).toMatchObject({ fullName: 'Anna Müller', groups: ['wg1', 'wg2'], meeting: null, contribution: null, language: 'pl' });
  });

  test('the language is one of the 24; anything else is refused with its own message', () => {
    expect(errorsFor({ language: 'xx' }).language).toBe('Select a language from the list');
    expect(errorsFor({ language: 'EN' }).language).toBe('Select a language from the list');
    expect(errorsFor({ language: 'ga' })).toEqual({});
  });

  test('the messages are the posting page’s language, limits written in its own number format', async () => {
    const polish = createRegistrationSchema(choices, await getTranslator('pl', 'form.errors'));
    const result = polish.safeParse({ ...valid, fullName: '', contribution: 'x'.repeat(CONTRIBUTION_MAX_LENGTH + 1) });
    const errors = result.success ? {} : fieldErrorsOf(result.error);
    expect(errors.fullName).toBe('Wpisz imię i nazwisko');
    expect(errors.contribution).toContain('2000');
    expect(errors.contribution).not.toMatch(/contribute/);
  });

  test('an empty form gets every GOV.UK message, one per field', () => {
    const result = schema.safeParse({
      fullName: '',
      email: '',
      organisation: '',
      country: '',
      organisationType: '',
      groups: [],
      meeting: '',
      contribution: '',
      language: 'en',
      consent: false,
    });
    expect(result.success).toBe(false);
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({
      fullName: 'Enter your full name',
      email: 'Enter your email address',
      organisation: 'Enter your organisation',
      country: 'Select your country',
      organisationType: 'Select the type of organisation',
      groups: 'Select at least one working group',
      consent: 'You must agree to the privacy statement to register',
    });
  });

  test.each([
    ['fullName', 'x'.repeat(FULL_NAME_MAX_LENGTH + 1), `Full name must be ${FULL_NAME_MAX_LENGTH} characters or less`],
    ['organisation', 'x'.repeat(ORGANISATION_MAX_LENGTH + 1), `Organisation must be ${ORGANISATION_MAX_LENGTH} characters or less`],
    ['contribution', 'x'.repeat(CONTRIBUTION_MAX_LENGTH + 1), 'How you would like to contribute must be 2,000 characters or less'],
    ['email', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.eu`, 'Email address must be 254 characters or less'],
  ] as const)('%s past its limit is refused with its limit named', (field, value, message) => {
    expect(errorsFor({ [field]: value })[field]).toBe(message);
  });

  test('limits count characters, not UTF-16 units: 200 emoji are a valid name', () => {
    expect(errorsFor({ fullName: '👩🏽'.replace(/\u{1F3FD}/u, '').repeat(FULL_NAME_MAX_LENGTH) }).fullName).toBeUndefined();
    expect(EMAIL_MAX_LENGTH).toBe(254);
  });

  test.each([
    ['NUL', 'Anna\u0000Müller'],
    ['a line feed', 'Anna\nMüller'],
    ['a carriage return', 'Anna\rMüller'],
    ['a right-to-left override', 'Anna \u202eMüller'],
    ['a left-to-right isolate', 'Anna \u2066Müller'],
    ['a C1 control', 'Anna\u0085Müller'],
    ['a lone surrogate', 'Anna\ud800Müller'],
  ])('a name with %s is refused, never stripped', (_label, fullName) => {
    expect(errorsFor({ fullName }).fullName).toBe(
      'Full name must not include line breaks, control characters or hidden direction marks',
    );
  });

  test('a contribution keeps its paragraphs (CRLF becomes LF) but refuses other controls', () => {
    expect(schema.parse({ ...valid, contribution: 'One\r\nTwo\n\nThree' }).contribution).toBe('One\nTwo\n\nThree');
    expect(errorsFor({ contribution: 'One\u0007Two' }).contribution).toBe(
      'How you would like to contribute must not include control characters or hidden direction marks',
    );
  });

  test('text is normalised to NFC', () => {
    const decomposed = 'Zoe\u0308';
    expect(schema.parse({ ...valid, fullName: decomposed }).fullName).toBe('Zoë');
  });

  test.each(['name@example.com', 'josé.garcía@correo.es', 'анна@пример.рф', '用户@例子.广告', 'a+tag@xn--bcher-kva.de', 'o\'neil@example.ie'])(
    'accepts the email address %s',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
      expect(errorsFor({ email }).email).toBeUndefined();
    },
  );

  test.each(['plainaddress', '@example.com', 'name@', 'name@localhost', 'name@@example.com', 'na..me@example.com', 'name@example..com', 'name@-example.com', 'name@example.c0m', 'name@1.2.3.4'])(
    'refuses the email address %s',
    (email) => {
      expect(errorsFor({ email }).email).toBe('Enter an email address in the correct format, like name@example.com');
    },
  );

  test('an email with a line break or space is refused with its own message', () => {
    expect(errorsFor({ email: 'a@example.com\r\nBcc: x@example.com' }).email).toBe(
      'Email address must not include spaces, line breaks or control characters',
    );
  });

  test('the comparison key ignores case and the form of the domain', () => {
    expect(emailKey('Anna@Bücher.DE')).toBe('anna@xn--bcher-kva.de');
    expect(emailKey('anna@xn--bcher-kva.de')).toBe('anna@xn--bcher-kva.de');
  });

  test('unknown groups, countries, types and meetings are refused; a past meeting has its own message', () => {
    expect(errorsFor({ groups: ['wg1', 'wg9'] }).groups).toBe('Select working groups from the list');
    expect(errorsFor({ country: 'US' }).country).toBe('Select your country');
    expect(errorsFor({ organisationType: 'government' }).organisationType).toBe('Select the type of organisation');
    expect(errorsFor({ meeting: 'no-such-meeting' }).meeting).toBe('Select a meeting from the list');
    expect(errorsFor({ meeting: '2017-11-21-high-level-governance-meeting' }).meeting).toMatch(/already taken place/);
    expect(schema.parse({ ...valid, meeting: '2030-01-10-wg2-meeting' }).meeting).toBe('2030-01-10-wg2-meeting');
  });

  test('a thousand repeats of one group are one group', () => {
    expect(schema.parse({ ...valid, groups: Array(1000).fill('wg3') }).groups).toEqual(['wg3']);
  });
});

describe('references', () => {
  test('are 8 characters from an alphabet without look-alikes', () => {
    for (const c of '01OIL') expect(REFERENCE_ALPHABET).not.toContain(c);
    const refs = Array.from({ length: 2000 }, newReference);
    expect(refs.every((r) => REFERENCE_PATTERN.test(r))).toBe(true);
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('the client address for the rate limit', () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  test('without a trusted proxy every client shares one bucket, whatever it sends', () => {
    expect(clientKeyFrom(headers({ 'x-forwarded-for': '203.0.113.9' }), undefined)).toBe('direct');
  });

  test('behind a proxy that appends to X-Forwarded-For, the right-most entry is the client', () => {
    expect(clientKeyFrom(headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }), 'x-forwarded-for')).toBe('ip:198.51.100.7');
  });

  test('behind a proxy that sets X-Real-IP, its value is the client', () => {
    expect(clientKeyFrom(headers({ 'x-real-ip': '198.51.100.7' }), 'x-real-ip')).toBe('ip:198.51.100.7');
    expect(clientKeyFrom(headers({}), 'x-real-ip')).toBe('direct');
  });
});

describe('the body limit', () => {
  test('judges a post by its declared length', () => {
    expect(judgeBodyLength(String(FORM_BODY_MAX_BYTES))).toBe('ok');
    expect(judgeBodyLength(String(FORM_BODY_MAX_BYTES + 1))).toBe('too-large');
    expect(judgeBodyLength(null)).toBe('length-required');
    expect(judgeBodyLength('12, 13')).toBe('length-required');
  });
});
