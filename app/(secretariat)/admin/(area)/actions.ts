'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentTokenHash, requireAdmin, sessionCookie, sessionCookieOptions, SIGN_IN_PATH } from '@/lib/auth/session';
import { revokeSession } from '@/lib/db/admin-sessions';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { eraseRegistration } from '@/lib/db/registration-admin';
import { getEnv } from '@/lib/env';
import { clientKeyFrom } from '@/lib/registration/client-address';

async function clientKey(): Promise<string> {
  return clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER);
}

/** Revokes the session in the database (so a copied cookie is dead too) and deletes the cookie. */
export async function signOutAction(): Promise<void> {
  const session = await requireAdmin();
  const now = new Date();
  const db = await getDb();
  const tokenHash = await currentTokenHash();
  if (tokenHash) await revokeSession(db, tokenHash, now);
  // A __Host- cookie is only replaced by a Set-Cookie with the same attributes (Secure, Path=/).
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, '', { ...sessionCookieOptions(secure), maxAge: 0 });
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'sign-out', clientKey: await clientKey(), now });
  redirect(SIGN_IN_PATH);
}

/** The erase page's button: deletes the registration and everything stored with it, with its audit entry. */
export async function eraseRegistrationAction(formData: FormData): Promise<void> {
  const session = await requireAdmin();
  const id = formData.get('id');
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) redirect('/admin');
  const reference = await eraseRegistration(await getDb(), id, {
    actor: { accountId: session.accountId },
    action: 'erase',
    clientKey: await clientKey(),
    now: new Date(),
  });
  redirect(reference ? `/admin?erased=${reference}` : '/admin?erased=none');
}
