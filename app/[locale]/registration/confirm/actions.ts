'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { confirmByToken, type ConfirmOutcome } from '@/lib/registrant/links';

/** The confirm page's button: confirms the address; the result page says what happened. */
export async function confirmAction(formData: FormData): Promise<void> {
  let outcome: ConfirmOutcome | 'failed';
  try {
    outcome = await confirmByToken(await getDb(), formData.get('token'), new Date());
  } catch (error) {
    console.error('[registration] confirmation failed:', error);
    outcome = 'failed';
  }
  redirect(`/registration/confirm/done?outcome=${outcome}`);
}
