import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { findSession, insertSession, touchSession } from '@/lib/db/admin-sessions';
import { getEnv } from '@/lib/env';
import { createToken, hashToken, isWellFormedToken } from './tokens';

export const SIGN_IN_PATH = '/admin/sign-in';
/** Absolute lifetime of a session, and how long it survives without use. */
export const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export type AdminSession = { accountId: string; email: string; tokenHash: string };

/**
 * The session cookie. In production it is Secure and carries the `__Host-` prefix, which browsers accept
 * only from a secure origin with Path=/ and no Domain: no subdomain or plain-http page can set or
 * overwrite it. In development (plain http) the prefix cannot be used, so the name differs.
 */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = getEnv().NODE_ENV === 'production';
  return { name: secure ? '__Host-dei-admin-session' : 'dei-admin-session', secure };
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'strict' as const, secure, path: '/', maxAge: SESSION_MAX_AGE_MS / 1000 };
}

/** Starts a session: a random token in the cookie, only its SHA-256 in the database. */
export async function startSession(accountId: string, now: Date): Promise<void> {
  const token = createToken();
  await insertSession(await getDb(), {
    tokenHash: hashToken(token),
    accountId,
    now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS),
  });
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, token, sessionCookieOptions(secure));
}

/** The token hash of the request's cookie, whether or not it is still valid (for sign-out). */
export async function currentTokenHash(): Promise<string | null> {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  return isWellFormedToken(token) ? hashToken(token) : null;
}

/** The signed-in secretariat member, or null: revoked, expired and idle sessions count as none. */
export async function getAdminSession(now = new Date()): Promise<AdminSession | null> {
  const tokenHash = await currentTokenHash();
  if (!tokenHash) return null;
  const db = await getDb();
  const session = await findSession(db, tokenHash);
  if (!session || session.revokedAt) return null;
  if (new Date(session.expiresAt).getTime() <= now.getTime()) return null;
  const idle = now.getTime() - new Date(session.lastSeenAt).getTime();
  if (idle > SESSION_IDLE_MS) return null;
  if (idle > TOUCH_AFTER_MS) await touchSession(db, tokenHash, now);
  return { accountId: session.accountId, email: session.email, tokenHash };
}

/**
 * The one gate of the secretariat area: every admin page, Server Action and route handler calls it
 * first. Anyone not signed in is sent to the sign-in page (a redirect, with no data in the response).
 */
export const requireAdmin = cache(async (): Promise<AdminSession> => {
  const session = await getAdminSession();
  if (!session) redirect(SIGN_IN_PATH);
  return session;
});
