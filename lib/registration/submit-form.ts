import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import { getFormChoices, type FormChoices } from './choices';
import { isHoneypotFilled, readRegistrationForm } from './form-data';
import type { RegistrationFormState } from './form-state';
import { newReference } from './reference';
import { registerInterest } from './register-interest';
import { createRegistrationSchema, fieldErrorsOf, type RegistrationSchema } from './schema';

export const CONFIRMATION_PATH = '/participate/confirmation';

// One schema per set of choices (getFormChoices keeps the same object until a meeting passes): zod
// compiles an object schema into a function on its first parse, and building a new schema for every
// post repeated that work each time.
const schemas = new WeakMap<FormChoices, RegistrationSchema>();

function schemaFor(choices: FormChoices): RegistrationSchema {
  let schema = schemas.get(choices);
  if (!schema) {
    schema = createRegistrationSchema({
      groupIds: choices.groups.map((g) => g.id),
      upcomingMeetingSlugs: choices.meetings.map((m) => m.slug),
      allMeetingSlugs: choices.allMeetingSlugs,
    });
    schemas.set(choices, schema);
  }
  return schema;
}

export type SubmitOutcome = { redirectTo: string } | { state: RegistrationFormState };

export function confirmationUrl(reference: string, updated: boolean): string {
  return `${CONFIRMATION_PATH}?ref=${reference}${updated ? '&updated=1' : ''}`;
}

/**
 * Everything the Server Action does, apart from reading the request and redirecting: honeypot, schema,
 * rate limit, storage. A failure is logged with its cause and shown as a plain sentence with every value.
 */
export async function submitInterestForm(
  formData: FormData,
  context: { clientKey: string; now?: Date },
): Promise<SubmitOutcome> {
  const now = context.now ?? new Date();
  // A bot gets the page a person would get, with a reference that was never stored (decision 0044).
  if (isHoneypotFilled(formData)) return { redirectTo: confirmationUrl(newReference(), false) };

  const values = readRegistrationForm(formData);
  const messages = getMessages().form.errors;
  const failed = (formError: string): SubmitOutcome => ({ state: { status: 'failed', values, fieldErrors: {}, formError } });
  try {
    const choices = await getFormChoices(now);
    const parsed = schemaFor(choices).safeParse(values);
    if (!parsed.success) {
      return { state: { status: 'invalid', values, fieldErrors: fieldErrorsOf(parsed.error), formError: null } };
    }
    const env = getEnv();
    const result = await registerInterest(parsed.data, {
      db: await getDb(),
      now,
      privacyVersion: choices.privacyVersion,
      clientKey: context.clientKey,
      rateLimit: { max: env.RATE_LIMIT_MAX, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
    });
    if (result.status === 'rate-limited') {
      return failed(messages.rateLimited(Math.max(1, Math.ceil(result.retryAfterSeconds / 60))));
    }
    return { redirectTo: confirmationUrl(result.reference, result.status === 'updated') };
  } catch (error) {
    console.error('[registration] could not save a registration:', error);
    return failed(messages.couldNotSave);
  }
}
