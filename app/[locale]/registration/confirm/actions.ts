'use server';

import { redirect } from 'next/navigation';
import { localizedPath } from '@/i18n/paths';
import { getDb } from '@/lib/db/client';
import { localeFrom } from '@/lib/i18n/form-locale';
import { confirmByToken, type ConfirmOutcome } from '@/lib/registrant/links';

/** The confirm page's button: confirms the address; the result page, in the same language, says what happened. */
export async function confirmAction(formData: FormData): Promise<void> {
  let outcome: ConfirmOutcome | 'failed';
  try {
    outcome = await confirmByToken(await getDb(), formData.get('token'), new Date());
  } catch (error) {
    console.error('[registration] confirmation failed:', error);
    outcome = 'failed';
  }
  redirect(`${localizedPath('/registration/confirm/done', localeFrom(formData))}?outcome=${outcome}`);
}
