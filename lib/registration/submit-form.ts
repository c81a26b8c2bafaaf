import 'server-only';
import { getDb } from '@/lib/db/client';
import { getSiteKey } from '@/lib/db/site-keys';
import { getEnv } from '@/lib/env';
import { localizedPath } from '@/i18n/paths';
import { localeFrom } from '@/lib/i18n/form-locale';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { runningMailContext } from '@/lib/retention/settings';
import { getFormChoices, type FormChoices } from './choices';
import { isHoneypotFilled, readRegistrationForm } from './form-data';
import type { RegistrationFormState } from './form-state';
import { receiptQuery, type Receipt } from './receipt';
import { newReference } from './reference';
import { registerInterest } from './register-interest';
import { createRegistrationSchema, fieldErrorsOf, type RegistrationSchema } from './schema';
import { requestLogger } from '@/lib/log';

export const CONFIRMATION_PATH = '/participate/confirmation';

// One schema per set of choices and language (getFormChoices keeps the same object until a meeting
// passes): zod compiles an object schema into a function on its first parse, and building a new schema
// for every post repeated that work each time.
const schemas = new WeakMap<FormChoices, Map<Locale, RegistrationSchema>>();

async function schemaFor(choices: FormChoices, locale: Locale): Promise<RegistrationSchema> {
  let byLocale = schemas.get(choices);
  if (!byLocale) schemas.set(choices, (byLocale = new Map()));
  let schema = byLocale.get(locale);
  if (!schema) {
    const ids = {
      groupIds: choices.groups.map((g) => g.id),
      upcomingMeetingSlugs: choices.meetings.map((m) => m.slug),
      allMeetingSlugs: choices.allMeetingSlugs,
    };
    schema = createRegistrationSchema(ids, await getTranslator(locale, 'form.errors'));
    byLocale.set(locale, schema);
  }
  return schema;
}

export type SubmitOutcome = { redirectTo: string } | { state: RegistrationFormState };

/**
 * The confirmation page's URL for a receipt, in the form's language, signed with the site's key
 * (lib/registration/receipt.ts); without the key (database unreachable) the page shows no details, which
 * is the safe side.
 */
export async function confirmationUrl(receipt: Receipt, now: Date, locale: Locale): Promise<string> {
  const path = localizedPath(CONFIRMATION_PATH, locale);
  try {
    const key = await getSiteKey(await getDb(), 'receipt');
    return `${path}?${receiptQuery(receipt, key, now)}`;
  } catch (error) {
    console.error('[registration] could not sign the confirmation link:', error);
    return path;
  }
}

/**
 * Everything the Server Action does, apart from reading the request and redirecting: honeypot, schema,
 * rate limit, storage. A failure is logged with its cause and shown as a plain sentence with every value.
 * Every stored submission gets the same kind of answer, whether or not its address was known (S-FORM-4).
 */
export async function submitInterestForm(
  formData: FormData,
  context: { clientKey: string; now?: Date },
): Promise<SubmitOutcome> {
  const now = context.now ?? new Date();
  // The page's language: of the messages, the redirect and (stored with the registration) every mail.
  const locale = localeFrom(formData);
  // The registrant's language is the page's unless the form says otherwise (a page from before languages had none).
  const values = { ...readRegistrationForm(formData), ...(formData.get('language') === null ? { language: locale } : {}) };
  const chosen = { groups: values.groups, meeting: values.meeting || null };
  // A bot gets the page a person would get, with a reference that was never stored (decision 0044).
  if (isHoneypotFilled(formData)) return { redirectTo: await confirmationUrl({ reference: newReference(), ...chosen }, now, locale) };

  const messages = await getTranslator(locale, 'form.errors');
  const failed = (formError: string): SubmitOutcome => ({ state: { status: 'failed', values, fieldErrors: {}, formError } });
  try {
    const choices = await getFormChoices(now);
    const parsed = (await schemaFor(choices, locale)).safeParse(values);
    if (!parsed.success) {
      return { state: { status: 'invalid', values, fieldErrors: fieldErrorsOf(parsed.error), formError: null } };
    }
    const env = getEnv();
    const result = await registerInterest(parsed.data, {
      db: await getDb(),
      privacyVersion: choices.privacyVersion,
      clientKey: context.clientKey,
      rateLimit: { max: env.RATE_LIMIT_MAX, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
      ...runningMailContext(now),
    });
    if (result.status === 'rate-limited') {
      return failed(messages('rateLimited', { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }));
    }
    return {
      redirectTo: await confirmationUrl({ reference: result.reference, groups: parsed.data.groups, meeting: parsed.data.meeting }, now, locale),
    };
  } catch (error) {
    (await requestLogger('registration')).error({ err: error }, 'could not save a registration');
    return failed(messages('couldNotSave'));
  }
}
