/**
 * The parts of the catalogue each form's client component renders: what its page hands to the browser
 * (components/language/client-messages.tsx) and nothing more. In a module of their own, not in the
 * components' files: a server component importing from a 'use client' module gets references, not values.
 */
export const REGISTRATION_FORM_MESSAGES = ['form.controls', 'form.fields', 'form.organisationTypes', 'form.edit'] as const;
export const MANAGE_REQUEST_FORM_MESSAGES = ['registrant.manage', 'form.controls'] as const;
export const SIGN_IN_FORM_MESSAGES = ['admin.signIn', 'admin.errorPrefix'] as const;
