import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/i18n';
import { kickMailSender } from '@/lib/mail/worker';
import { emailSchema } from '@/lib/registration/schema';
import { runningMailContext } from '@/lib/retention/settings';
import { requestManageLink } from './manage';
import type { ManageRequestState } from './request-form-state';

export const MANAGE_SENT_PATH = '/registration/manage/sent';


/**
 * "Email me a link" on the manage page (S-FORM-8): the address is checked like the form's, the request is
 * counted against its client (and the mail against the address's daily allowance), and every accepted
 * request leads to the same page, whether or not the address is registered.
 */
export async function submitManageRequest(
  formData: FormData,
  context: { clientKey: string; now: Date },
): Promise<{ redirectTo: string } | { state: ManageRequestState }> {
  const typed = formData.get('email');
  const email = typeof typed === 'string' ? typed : '';
  const t = getMessages().registrant.manage;
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { state: { status: 'invalid', email, emailError: parsed.error.issues[0]?.message ?? t.couldNotSend, formError: null } };
  try {
    const env = getEnv();
    const result = await requestManageLink(await getDb(), parsed.data, {
      ...runningMailContext(context.now),
      clientKey: context.clientKey,
      rateLimit: { max: env.RATE_LIMIT_MAX, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
    });
    if (result.status === 'rate-limited') {
      const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
      return { state: { status: 'failed', email, emailError: null, formError: t.rateLimited(minutes) } };
    }
  } catch (error) {
    console.error('[registration] could not queue a manage link:', error);
    return { state: { status: 'failed', email, emailError: null, formError: t.couldNotSend } };
  }
  kickMailSender();
  return { redirectTo: MANAGE_SENT_PATH };
}
