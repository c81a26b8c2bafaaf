'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { localizedPath } from '@/i18n/paths';
import { getEnv } from '@/lib/env';
import { localeFrom } from '@/lib/i18n/form-locale';
import { MANAGE_PATH, tokenPath } from '@/lib/mail/links';
import { kickMailSender } from '@/lib/mail/worker';
import { submitEditForm } from '@/lib/registrant/edit-form';
import { applyChangeFromManage, confirmFromManage, openManageLink, setMeetingMailFromManage } from '@/lib/registrant/manage';
import { submitManageRequest } from '@/lib/registrant/request-form';
import type { ManageRequestState } from '@/lib/registrant/request-form-state';
import { clientKeyFrom } from '@/lib/registration/client-address';
import type { RegistrationFormState } from '@/lib/registration/form-state';

/** "Email me a link". */
export async function requestManageLinkAction(_previous: ManageRequestState, formData: FormData): Promise<ManageRequestState> {
  const clientKey = clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER);
  const outcome = await submitManageRequest(formData, { clientKey, now: new Date() });
  if ('redirectTo' in outcome) redirect(outcome.redirectTo, RedirectType.push);
  return outcome.state;
}

/** "Change your details". */
export async function updateDetailsAction(_previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  const outcome = await submitEditForm(formData, new Date());
  if ('redirectTo' in outcome) redirect(outcome.redirectTo, RedirectType.push);
  return outcome.state;
}

/** The buttons of the manage page that act on the registration the link opens, then show it again. */
async function withManageLink(formData: FormData, act: (registrationId: string, now: Date) => Promise<string | null>): Promise<never> {
  const token = String(formData.get('token') ?? '');
  let done: string | null = null;
  try {
    const now = new Date();
    const access = await openManageLink(await getDb(), token, now);
    if (access.state === 'ready') done = await act(access.registrationId, now);
  } catch (error) {
    console.error('[registration] a manage-page action failed:', error);
    done = 'failed';
  }
  redirect(`${tokenPath(localizedPath(MANAGE_PATH, localeFrom(formData)), token)}${done ? `&done=${done}` : ''}`);
}

/** "Confirm my email address": holding the link proves the mailbox. */
export async function confirmFromManageAction(formData: FormData): Promise<void> {
  await withManageLink(formData, async (id, now) => {
    await confirmFromManage(await getDb(), id, now);
    return 'confirmed';
  });
}

/** "Apply change …" on a change listed on the manage page. */
export async function applyChangeFromManageAction(formData: FormData): Promise<void> {
  const changeId = String(formData.get('change') ?? '');
  await withManageLink(formData, async (id, now) => {
    const applied = await applyChangeFromManage(await getDb(), id, changeId, now);
    if (applied) kickMailSender();
    return applied ? 'applied' : 'not-applied';
  });
}

/** "Stop email about meetings" / "Receive email about meetings again" (S-INVITE-4: the manage page shows and undoes it). */
export async function meetingMailFromManageAction(formData: FormData): Promise<void> {
  const stop = formData.get('meetingMail') === 'stop';
  await withManageLink(formData, async (id, now) => {
    const changed = await setMeetingMailFromManage(await getDb(), id, stop, now);
    return changed ? (stop ? 'meeting-mail-stopped' : 'meeting-mail-resumed') : null;
  });
}
