import { z } from 'zod';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import { isValidEmail } from './email';
import {
  CONTRIBUTION_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  ORGANISATION_MAX_LENGTH,
  REGISTRATION_FIELDS,
  type FieldErrors,
  type RegistrationField,
} from './fields';
import { COUNTRIES, ORGANISATION_TYPES, type Country, type OrganisationType } from './options';
import { characterCount, hasForbiddenCharacters, normaliseText } from './text';

export { CONTRIBUTION_MAX_LENGTH, EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH, ORGANISATION_MAX_LENGTH } from './fields';

/** More than any form could list; a longer list is refused before its entries are looked at. */
export const GROUPS_MAX_COUNT = 50;

export { REGISTRATION_FIELDS, type FieldErrors, type RegistrationField, type RegistrationFormValues } from './fields';

/**
 * The form's error messages in the language of the page that posted it (GOV.UK's wording in English):
 * the schema is built per language, since a Server Action has no URL to read one from.
 */
export type FormErrorWords = Translate<'form.errors'>;

/** What the schema checks ids against: the current content. */
export interface RegistrationChoices {
  groupIds: readonly string[];
  /** Meetings one can still register for. */
  upcomingMeetingSlugs: readonly string[];
  /** Every meeting, past ones included. */
  allMeetingSlugs: readonly string[];
}

function singleLine(opts: { max: number; required: string; tooLong: string; forbidden: string }) {
  return z.string({ error: opts.required }).transform((raw, ctx) => {
    const value = normaliseText(raw);
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (value === '') return fail(opts.required);
    if (hasForbiddenCharacters(value)) return fail(opts.forbidden);
    if (characterCount(value) > opts.max) return fail(opts.tooLong);
    return value;
  });
}

function oneOf<T extends string>(list: readonly T[], message: string) {
  return z.string({ error: message }).transform((raw, ctx): T => {
    const value = raw.trim();
    if (!(list as readonly string[]).includes(value)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value as T;
  });
}

/** An email address as typed: normalised, then checked (decision 0042); the form's and the manage page's. */
export function createEmailSchema(t: FormErrorWords) {
  return z.string({ error: t('emailRequired') }).transform((raw, ctx) => {
    const value = normaliseText(raw);
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (value === '') return fail(t('emailRequired'));
    if (hasForbiddenCharacters(value) || /\s/u.test(value)) return fail(t('emailControl'));
    if (characterCount(value) > EMAIL_MAX_LENGTH) return fail(t('emailTooLong', { max: EMAIL_MAX_LENGTH }));
    if (!isValidEmail(value)) return fail(t('emailFormat'));
    return value;
  });
}

/**
 * The one schema of the form, checked on the server against the current content, with its messages in
 * the language of the page that posted it.
 */
export function createRegistrationSchema(choices: RegistrationChoices, t: FormErrorWords) {
  return z.object({
    fullName: singleLine({
      max: FULL_NAME_MAX_LENGTH,
      required: t('fullNameRequired'),
      tooLong: t('fullNameTooLong', { max: FULL_NAME_MAX_LENGTH }),
      forbidden: t('fullNameControl'),
    }),
    email: createEmailSchema(t),
    organisation: singleLine({
      max: ORGANISATION_MAX_LENGTH,
      required: t('organisationRequired'),
      tooLong: t('organisationTooLong', { max: ORGANISATION_MAX_LENGTH }),
      forbidden: t('organisationControl'),
    }),
    country: oneOf<Country>(COUNTRIES, t('countryRequired')),
    organisationType: oneOf<OrganisationType>(ORGANISATION_TYPES, t('organisationTypeRequired')),
    groups: z.array(z.string(), { error: t('groupsRequired') }).transform((raw, ctx) => {
      const fail = (message: string) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      const ids = [...new Set(raw.map((g) => g.trim()).filter((g) => g !== ''))];
      if (ids.length === 0) return fail(t('groupsRequired'));
      if (ids.length > GROUPS_MAX_COUNT || ids.some((g) => !choices.groupIds.includes(g))) return fail(t('groupsUnknown'));
      return ids.sort();
    }),
    meeting: z
      .string({ error: t('meetingUnknown') })
      .optional()
      .transform((raw, ctx): string | null => {
        const value = (raw ?? '').trim();
        if (value === '') return null;
        if (choices.upcomingMeetingSlugs.includes(value)) return value;
        ctx.addIssue({ code: 'custom', message: choices.allMeetingSlugs.includes(value) ? t('meetingPast') : t('meetingUnknown') });
        return z.NEVER;
      }),
    contribution: z
      .string({ error: t('contributionControl') })
      .optional()
      .transform((raw, ctx): string | null => {
        const value = normaliseText(raw ?? '', { multiline: true });
        const fail = (message: string) => {
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        };
        if (value === '') return null;
        if (hasForbiddenCharacters(value, { multiline: true })) return fail(t('contributionControl'));
        if (characterCount(value) > CONTRIBUTION_MAX_LENGTH) return fail(t('contributionTooLong', { max: CONTRIBUTION_MAX_LENGTH }));
        return value;
      }),
    language: oneOf<Locale>(LOCALES, t('languageUnknown')),
    consent: z.literal(true, { error: t('consentRequired') }),
  });
}

export type RegistrationSchema = ReturnType<typeof createRegistrationSchema>;
export type Registration = z.output<RegistrationSchema>;

/** The first message of each field, in form order (GOV.UK shows one message per field). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (REGISTRATION_FIELDS as readonly string[]).includes(field)) {
      errors[field as RegistrationField] ??= issue.message;
    }
  }
  return errors;
}
