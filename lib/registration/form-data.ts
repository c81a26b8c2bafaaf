import type { RegistrationFormValues } from './fields';

/** The honeypot's field name: a word bots fill in, hidden from people and assistive technology. */
export const HONEYPOT_FIELD = 'website';
/** The consent checkbox's submitted value. */
export const CONSENT_VALUE = 'yes';

/** The first text value of a field; a file or nothing counts as ''. Repeats of a single field are ignored. */
function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Reads the submitted form as plain values, exactly as typed, for the schema and for showing it again. */
export function readRegistrationForm(formData: FormData): RegistrationFormValues {
  return {
    fullName: text(formData, 'fullName'),
    email: text(formData, 'email'),
    organisation: text(formData, 'organisation'),
    country: text(formData, 'country'),
    organisationType: text(formData, 'organisationType'),
    groups: formData.getAll('groups').filter((g): g is string => typeof g === 'string'),
    meeting: text(formData, 'meeting'),
    contribution: text(formData, 'contribution'),
    language: text(formData, 'language'),
    consent: text(formData, 'consent') === CONSENT_VALUE,
  };
}

export function isHoneypotFilled(formData: FormData): boolean {
  return text(formData, HONEYPOT_FIELD).trim() !== '';
}
