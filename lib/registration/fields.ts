/**
 * The form's fields, without the schema: what the form (a client component) needs to show them, so that
 * neither zod nor any message reaches the browser through it.
 */

export const FULL_NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const ORGANISATION_MAX_LENGTH = 200;
export const CONTRIBUTION_MAX_LENGTH = 2000;

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
  /** The language of the mail sent to the registrant: the page's own on the form, chosen on the manage page. */
  language: string;
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
  'language',
  'consent',
];

export type FieldErrors = Partial<Record<RegistrationField, string>>;
