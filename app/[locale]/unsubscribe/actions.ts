'use server';

import { redirect } from 'next/navigation';
import { localizedPath } from '@/i18n/paths';
import { getDb } from '@/lib/db/client';
import { localeFrom } from '@/lib/i18n/form-locale';
import { unsubscribeByToken } from '@/lib/participation/attendance';
import { UNSUBSCRIBE_PATH } from '@/lib/participation/mailings';

/** The unsubscribe page's button: stops meeting mail, then shows the page again with what happened. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = formData.get('token');
  let outcome: string;
  try {
    outcome = await unsubscribeByToken(await getDb(), token, new Date());
  } catch (error) {
    console.error('[participation] an unsubscribe failed:', error);
    outcome = 'failed';
  }
  const query = new URLSearchParams({ token: typeof token === 'string' ? token : '', done: outcome });
  redirect(`${localizedPath(UNSUBSCRIBE_PATH, localeFrom(formData))}?${query.toString()}`);
}
