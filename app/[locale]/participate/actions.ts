'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { getEnv } from '@/lib/env';
import { clientKeyFrom } from '@/lib/registration/client-address';
import type { RegistrationFormState } from '@/lib/registration/form-state';
import { submitInterestForm } from '@/lib/registration/submit-form';

export async function registerInterestAction(
  _previous: RegistrationFormState,
  formData: FormData,
): Promise<RegistrationFormState> {
  const clientKey = clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER);
  const outcome = await submitInterestForm(formData, { clientKey });
  if ('redirectTo' in outcome) redirect(outcome.redirectTo, RedirectType.push);
  return outcome.state;
}
