'use server';

import { redirect } from 'next/navigation';
import { localizedPath } from '@/i18n/paths';
import { getDb } from '@/lib/db/client';
import { localeFrom } from '@/lib/i18n/form-locale';
import { requestLogger } from '@/lib/log';
import { withdrawByToken, type WithdrawOutcome } from '@/lib/registrant/links';

/** The withdraw page's button: erases the registration at once; the result page, in the same language, says what happened. */
export async function withdrawAction(formData: FormData): Promise<void> {
  let outcome: WithdrawOutcome | 'failed';
  try {
    outcome = await withdrawByToken(await getDb(), formData.get('token'), new Date());
  } catch (error) {
    (await requestLogger('registration')).error({ err: error }, 'a withdrawal failed');
    outcome = 'failed';
  }
  redirect(`${localizedPath('/registration/withdraw/done', localeFrom(formData))}?outcome=${outcome}`);
}
