'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { SignInFormState } from '@/lib/admin/sign-in-state';
import { startSession } from '@/lib/auth/session';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { adminWords } from '@/lib/admin/words';
import { clientKeyFrom } from '@/lib/registration/client-address';
import { requestLogger } from '@/lib/log';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const email = text(formData, 'email').trim().slice(0, 320);
  const password = text(formData, 'password').slice(0, 1024);
  const fieldErrors: SignInFormState['fieldErrors'] = {};
  if (!email) fieldErrors.email = adminWords('signIn.enterEmail');
  if (!password) fieldErrors.password = adminWords('signIn.enterPassword');
  if (fieldErrors.email || fieldErrors.password) return { status: 'invalid', email, fieldErrors, formError: null };

  let signedIn = false;
  try {
    const now = new Date();
    const result = await attemptSignIn(await getDb(), {
      email,
      password,
      clientKey: clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER),
      now,
    });
    if (result.status === 'locked') {
      return { status: 'locked', email, fieldErrors: {}, formError: adminWords('signIn.locked', { minutes: result.retryAfterMinutes }) };
    }
    if (result.status === 'invalid') {
      return { status: 'invalid', email, fieldErrors: { email: adminWords('signIn.wrong') }, formError: null };
    }
    await startSession(result.accountId, now);
    signedIn = true;
  } catch (error) {
    (await requestLogger('admin')).error({ err: error }, 'a sign-in failed unexpectedly');
    return { status: 'failed', email, fieldErrors: {}, formError: adminWords('signIn.failed') };
  }
  if (signedIn) redirect('/admin');
  return { status: 'failed', email, fieldErrors: {}, formError: adminWords('signIn.failed') };
}
