import 'server-only';
import type { Db } from '@/lib/db/client';
import { hitRateLimit } from '@/lib/db/rate-limits';
import { saveRegistration } from '@/lib/db/registrations';
import { queueRegistrationMail } from '@/lib/mail/enqueue';
import { kickMailSender } from '@/lib/mail/worker';
import { emailKey } from './email';
import { newReference } from './reference';
import type { Registration } from './schema';

export interface RegisterContext {
  db: Db;
  now: Date;
  /** Version of the privacy statement the applicant agreed to. */
  privacyVersion: string;
  /** Whom the rate limit counts this submission against. */
  clientKey: string;
  rateLimit: { max: number; windowSeconds: number };
}

export type RegisterResult =
  | { status: 'created' | 'updated'; reference: string }
  | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * Registers interest: counts the submission against its client's rate limit, then stores it (a known
 * address updates its registration and merges groups) with its mail, in one transaction. Resolves only
 * after that transaction committed; then the mail sender is woken.
 */
export async function registerInterest(input: Registration, context: RegisterContext): Promise<RegisterResult> {
  const { max, windowSeconds } = context.rateLimit;
  if (max > 0 && windowSeconds > 0) {
    const count = await hitRateLimit(context.db, context.clientKey, { now: context.now, windowSeconds });
    if (count > max) {
      const nowSeconds = Math.floor(context.now.getTime() / 1000);
      return { status: 'rate-limited', retryAfterSeconds: windowSeconds - (nowSeconds % windowSeconds) };
    }
  }
  const saved = await saveRegistration(
    context.db,
    {
      email: input.email,
      emailKey: emailKey(input.email),
      fullName: input.fullName,
      organisation: input.organisation,
      country: input.country,
      organisationType: input.organisationType,
      groups: input.groups,
      meetingSlug: input.meeting,
      contribution: input.contribution,
      privacyVersion: context.privacyVersion,
    },
    { now: context.now, newReference, alsoInTransaction: (trx, row) => queueRegistrationMail(trx, row, context.now) },
  );
  kickMailSender();
  return { status: saved.outcome, reference: saved.reference };
}
