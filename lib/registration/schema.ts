import { z } from 'zod';
import { getMessages } from '@/lib/i18n';
import { isValidEmail } from './email';
import { COUNTRIES, ORGANISATION_TYPES, type Country, type OrganisationType } from './options';
import { characterCount, hasForbiddenCharacters, normaliseText } from './text';

export const FULL_NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const ORGANISATION_MAX_LENGTH = 200;
export const CONTRIBUTION_MAX_LENGTH = 2000;
/** More than any form could list; a longer list is refused before its entries are looked at. */
export const GROUPS_MAX_COUNT = 50;

const m = getMessages().form.errors;

/** The form's fields as submitted: strings (and a list of groups), kept to show the form again. */
export interface RegistrationFormValues {
  fullName: string;
  email: string;
  organisation: string;
  country: string;
  organisationType: string;
  groups: string[];
  meeting: string;
  contribution: string;
  consent: boolean;
}

export type RegistrationField = keyof RegistrationFormValues;

/** The order fields appear in, which is the order of the error summary. */
export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  'fullName',
  'email',
  'organisation',
  'country',
  'organisationType',
  'groups',
  'meeting',
  'contribution',
  'consent',
];

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
export const emailSchema = z.string({ error: m.emailRequired }).transform((raw, ctx) => {
  const value = normaliseText(raw);
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (value === '') return fail(m.emailRequired);
  if (hasForbiddenCharacters(value) || /\s/u.test(value)) return fail(m.emailControl);
  if (characterCount(value) > EMAIL_MAX_LENGTH) return fail(m.emailTooLong(EMAIL_MAX_LENGTH));
  if (!isValidEmail(value)) return fail(m.emailFormat);
  return value;
});

/** The one schema of the form, checked on the server against the current content. */
export function createRegistrationSchema(choices: RegistrationChoices) {
  return z.object({
    fullName: singleLine({
      max: FULL_NAME_MAX_LENGTH,
      required: m.fullNameRequired,
      tooLong: m.fullNameTooLong(FULL_NAME_MAX_LENGTH),
      forbidden: m.fullNameControl,
    }),
    email: emailSchema,
    organisation: singleLine({
      max: ORGANISATION_MAX_LENGTH,
      required: m.organisationRequired,
      tooLong: m.organisationTooLong(ORGANISATION_MAX_LENGTH),
      forbidden: m.organisationControl,
    }),
    country: oneOf<Country>(COUNTRIES, m.countryRequired),
    organisationType: oneOf<OrganisationType>(ORGANISATION_TYPES, m.organisationTypeRequired),
    groups: z.array(z.string(), { error: m.groupsRequired }).transform((raw, ctx) => {
      const fail = (message: string) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      const ids = [...new Set(raw.map((g) => g.trim()).filter((g) => g !== ''))];
      if (ids.length === 0) return fail(m.groupsRequired);
      if (ids.length > GROUPS_MAX_COUNT || ids.some((g) => !choices.groupIds.includes(g))) return fail(m.groupsUnknown);
      return ids.sort();
    }),
    meeting: z
      .string({ error: m.meetingUnknown })
      .optional()
      .transform((raw, ctx): string | null => {
        const value = (raw ?? '').trim();
        if (value === '') return null;
        if (choices.upcomingMeetingSlugs.includes(value)) return value;
        ctx.addIssue({ code: 'custom', message: choices.allMeetingSlugs.includes(value) ? m.meetingPast : m.meetingUnknown });
        return z.NEVER;
      }),
    contribution: z
      .string({ error: m.contributionControl })
      .optional()
      .transform((raw, ctx): string | null => {
        const value = normaliseText(raw ?? '', { multiline: true });
        const fail = (message: string) => {
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        };
        if (value === '') return null;
        if (hasForbiddenCharacters(value, { multiline: true })) return fail(m.contributionControl);
        if (characterCount(value) > CONTRIBUTION_MAX_LENGTH) return fail(m.contributionTooLong(CONTRIBUTION_MAX_LENGTH));
        return value;
      }),
    consent: z.literal(true, { error: m.consentRequired }),
  });
}

export type RegistrationSchema = ReturnType<typeof createRegistrationSchema>;
export type Registration = z.output<RegistrationSchema>;
export type FieldErrors = Partial<Record<RegistrationField, string>>;

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
