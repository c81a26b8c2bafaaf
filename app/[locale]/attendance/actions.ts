'use server';

import { redirect } from 'next/navigation';
import { localizedPath } from '@/i18n/paths';
import { getDb } from '@/lib/db/client';
import { localeFrom } from '@/lib/i18n/form-locale';
import { kickMailSender } from '@/lib/mail/worker';
import { answerByToken, type AnswerOutcome } from '@/lib/participation/attendance';
import { ATTENDANCE_PATH } from '@/lib/participation/mailings';

/** The attendance page's buttons: stores the answer, then shows the page again with what happened. */
export async function answerAction(formData: FormData): Promise<void> {
  const token = formData.get('token');
  let outcome: AnswerOutcome | 'failed';
  try {
    outcome = await answerByToken(await getDb(), token, formData.get('choice'), new Date());
    // A place freed by this answer may have gone to the first person waiting: their mail goes now.
    kickMailSender();
  } catch (error) {
    console.error('[participation] an answer failed:', error);
    outcome = 'failed';
  }
  const query = new URLSearchParams({ token: typeof token === 'string' ? token : '', saved: outcome });
  redirect(`${localizedPath(ATTENDANCE_PATH, localeFrom(formData))}?${query.toString()}`);
}
