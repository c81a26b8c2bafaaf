'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { withdrawByToken, type WithdrawOutcome } from '@/lib/registrant/links';
import { requestLogger } from '@/lib/log';

/** The withdraw page's button: erases the registration at once; the result page says what happened. */
export async function withdrawAction(formData: FormData): Promise<void> {
  let outcome: WithdrawOutcome | 'failed';
  try {
    outcome = await withdrawByToken(await getDb(), formData.get('token'), new Date());
  } catch (error) {
    (await requestLogger('registration')).error({ err: error }, 'a withdrawal failed');
    outcome = 'failed';
  }
  redirect(`/registration/withdraw/done?outcome=${outcome}`);
}
