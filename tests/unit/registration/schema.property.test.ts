import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getTranslator } from '@/lib/i18n/translator';
import { isValidEmail } from '@/lib/registration/email';
import {
  CONTRIBUTION_MAX_LENGTH,
  createRegistrationSchema,
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
} from '@/lib/registration/schema';
import { characterCount, hasForbiddenCharacters, normaliseText } from '@/lib/registration/text';

const schema = createRegistrationSchema(
  { groupIds: ['wg1', 'wg2', 'wg3'], upcomingMeetingSlugs: ['m1'], allMeetingSlugs: ['m1', 'm0'] },
  await getTranslator('en', 'form.errors'),
);

/** Any string at all: every UTF-16 unit, lone surrogates included, weighted towards the awkward ones. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', '\r', '\u0000', '\u202e', '\u2066', '\ud800', '👩', '@', '.'), maxLength: 300 }),
  fc.string({ unit: 'grapheme', minLength: 190, maxLength: 260 }),
);

const formLike = fc.record({
  fullName: anyText,
  email: fc.oneof(anyText, fc.emailAddress()),
  organisation: anyText,
  country: fc.oneof(fc.constantFrom('DE', 'IS', 'other', ''), anyText),
  organisationType: fc.oneof(fc.constantFrom('sme', 'other'), anyText),
  groups: fc.array(fc.oneof(fc.constantFrom('wg1', 'wg2', 'wg3'), anyText), { maxLength: 20 }),
  meeting: fc.oneof(fc.constantFrom('', 'm1', 'm0'), anyText),
  contribution: fc.oneof(anyText, fc.string({ maxLength: 2100 })),
  language: fc.oneof(fc.constantFrom('en', 'pl', 'ga', ''), anyText),
  consent: fc.boolean(),
});

/** Forms that are often valid, so that the properties of accepted values are exercised many times. */
const nearlyValid = fc.record({
  fullName: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 220 }), anyText),
  email: fc.oneof(fc.emailAddress(), fc.constantFrom('josé@correo.es', 'анна@пример.рф', ' A@B.eu ')),
  organisation: fc.oneof(fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 210 }), anyText),
  country: fc.constantFrom('DE', 'IS', 'LI', 'other'),
  organisationType: fc.constantFrom('sme', 'other', 'research-academia'),
  groups: fc.subarray(['wg1', 'wg2', 'wg3'], { minLength: 1 }),
  meeting: fc.constantFrom('', 'm1'),
  contribution: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 2100 }), anyText),
  language: fc.constantFrom('en', 'fr', 'mt'),
  consent: fc.constant(true),
});

describe('the registration schema, for any input', () => {
  test('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(formLike, fc.anything(), fc.dictionary(fc.string(), fc.anything())), (input) => {
        expect(() => schema.safeParse(input)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  test('whatever it accepts is normalised, within every limit and free of forbidden characters', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(formLike, nearlyValid), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) return;
        accepted++;
        const v = result.data;
        for (const [text, max] of [
          [v.fullName, FULL_NAME_MAX_LENGTH],
          [v.organisation, ORGANISATION_MAX_LENGTH],
          [v.email, EMAIL_MAX_LENGTH],
        ] as const) {
          expect(text.length).toBeGreaterThan(0);
          expect(characterCount(text)).toBeLessThanOrEqual(max);
          expect(hasForbiddenCharacters(text)).toBe(false);
          expect(normaliseText(text)).toBe(text);
        }
        expect(isValidEmail(v.email)).toBe(true);
        if (v.contribution !== null) {
          expect(characterCount(v.contribution)).toBeLessThanOrEqual(CONTRIBUTION_MAX_LENGTH);
          expect(hasForbiddenCharacters(v.contribution, { multiline: true })).toBe(false);
          expect(v.contribution).not.toContain('\r');
        }
        expect(v.groups.length).toBeGreaterThan(0);
        expect(v.groups.every((g) => ['wg1', 'wg2', 'wg3'].includes(g))).toBe(true);
        expect(v.consent).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // The property above must have been checked on real accepted values, not vacuously.
    expect(accepted).toBeGreaterThan(100);
  });

  test('a valid form parsed again gives the same values (parsing is idempotent)', () => {
    fc.assert(
      fc.property(nearlyValid, (input) => {
        const first = schema.safeParse(input);
        if (!first.success) return;
        const again = schema.parse({ ...first.data, meeting: first.data.meeting ?? '', contribution: first.data.contribution ?? '' });
        expect(again).toEqual(first.data);
      }),
      { numRuns: 300 },
    );
  });

  test('text normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, multiline) => {
        const once = normaliseText(text, { multiline });
        expect(normaliseText(once, { multiline })).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
