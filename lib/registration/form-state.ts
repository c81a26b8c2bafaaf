import type { FieldErrors, RegistrationFormValues } from './schema';

/** What the action returns to the form: always every value as submitted, and every error. */
export interface RegistrationFormState {
  status: 'idle' | 'invalid' | 'failed';
  values: RegistrationFormValues;
  fieldErrors: FieldErrors;
  formError: string | null;
}

export function emptyFormValues(preselect: { group?: string; meeting?: string } = {}): RegistrationFormValues {
  return {
    fullName: '',
    email: '',
    organisation: '',
    country: '',
    organisationType: '',
    groups: preselect.group ? [preselect.group] : [],
    meeting: preselect.meeting ?? '',
    contribution: '',
    consent: false,
  };
}
