import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { localizedPath } from '@/i18n/paths';
import { localeFrom } from '@/lib/i18n/form-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { kickMailSender } from '@/lib/mail/worker';
import { createEmailSchema } from '@/lib/registration/schema';
import { runningMailContext } from '@/lib/retention/settings';
import { requestManageLink } from './manage';
import type { ManageRequestState } from './request-form-state';

export const MANAGE_SENT_PATH = '/registration/manage/sent';

/**
 * "Email me a link" on the manage page (S-FORM-8): the address is checked like the form's, the request is
 * counted against its client (and the mail against the address's daily allowance), and every accepted
 * request leads to the same page, whether or not the address is registered. Messages, the next page and
 * the mail for an unknown address are in the language of the page that asked (its hidden field).
 */
export async function submitManageRequest(
  formData: FormData,
  context: { clientKey: string; now: Date },
): Promise<{ redirectTo: string } | { state: ManageRequestState }> {
  const typed = formData.get('email');
  const email = typeof typed === 'string' ? typed : '';
  const locale = localeFrom(formData);
  const [t, errors] = await Promise.all([getTranslator(locale, 'registrant.manage'), getTranslator(locale, 'form.errors')]);
  const parsed = createEmailSchema(errors).safeParse(email);
  if (!parsed.success) return { state: { status: 'invalid', email, emailError: parsed.error.issues[0]?.message ?? t('couldNotSend'), formError: null } };
  try {
    const env = getEnv();
    const result = await requestManageLink(await getDb(), parsed.data, {
      ...runningMailContext(context.now),
      clientKey: context.clientKey,
      rateLimit: { max: env.RATE_LIMIT_MAX, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
      locale,
    });
    if (result.status === 'rate-limited') {
      const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
      return { state: { status: 'failed', email, emailError: null, formError: t('rateLimited', { minutes }) } };
    }
  } catch (error) {
    console.error('[registration] could not queue a manage link:', error);
    return { state: { status: 'failed', email, emailError: null, formError: t('couldNotSend') } };
  }
  kickMailSender();
  return { redirectTo: localizedPath(MANAGE_SENT_PATH, locale) };
}
