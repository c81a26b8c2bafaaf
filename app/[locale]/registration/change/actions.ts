'use server';

import { redirect } from 'next/navigation';
import { localizedPath } from '@/i18n/paths';
import { getDb } from '@/lib/db/client';
import { localeFrom } from '@/lib/i18n/form-locale';
import { kickMailSender } from '@/lib/mail/worker';
import { applyChangeByToken, type ChangeOutcome } from '@/lib/registrant/links';

/** The change page's button: applies the proposed change; the result page, in the same language, says what happened. */
export async function applyChangeAction(formData: FormData): Promise<void> {
  let outcome: ChangeOutcome | 'failed';
  try {
    outcome = await applyChangeByToken(await getDb(), formData.get('token'), new Date());
    if (outcome === 'applied') kickMailSender();
  } catch (error) {
    console.error('[registration] applying a change failed:', error);
    outcome = 'failed';
  }
  redirect(`${localizedPath('/registration/change/done', localeFrom(formData))}?outcome=${outcome}`);
}
