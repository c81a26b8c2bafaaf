import type { FieldErrors, RegistrationFormValues } from './fields';

/** What the action returns to the form: always every value as submitted, and every error. */
export interface RegistrationFormState {
  status: 'idle' | 'invalid' | 'failed';
  values: RegistrationFormValues;
  fieldErrors: FieldErrors;
  formError: string | null;
}

/** An empty form in `language` (the page's), with a group or meeting chosen when a link asked for one. */
export function emptyFormValues(language: string, preselect: { group?: string; meeting?: string } = {}): RegistrationFormValues {
  return {
    fullName: '',
    email: '',
    organisation: '',
    country: '',
    organisationType: '',
    groups: preselect.group ? [preselect.group] : [],
    meeting: preselect.meeting ?? '',
    contribution: '',
    language,
    consent: false,
  };
}
