import 'server-only';
import type { Db } from '@/lib/db/client';
import { hitRateLimit, secondsLeftInWindow } from '@/lib/db/rate-limits';
import { saveRegistration } from '@/lib/db/registrations';
import { queueChangeMail, queueRegistrationMail, type MailContext } from '@/lib/mail/enqueue';
import { kickMailSender } from '@/lib/mail/worker';
import { emailKey } from './email';
import { newReference } from './reference';
import type { Registration } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RegisterContext extends MailContext {
  db: Db;
  /** Version of the privacy statement the applicant agreed to. */
  privacyVersion: string;
  /** Whom the rate limit counts this submission against. */
  clientKey: string;
  rateLimit: { max: number; windowSeconds: number };
}

/**
 * What a submitter may learn: a reference for this submission, or that they must wait. Whether the address
 * was already registered is deliberately not part of the answer (S-FORM-4), so no caller can show it.
 */
export type RegisterResult = { status: 'stored'; reference: string } | { status: 'rate-limited'; retryAfterSeconds: number };

/** Thrown inside the registration's transaction to roll it back when the client is over its limit. */
class OverRateLimit extends Error {}

/**
 * Registers interest (S-FORM-4): stores the submission in one transaction with its mail and its hit on
 * the client's rate limit (one commit, so one fsync on SQLite; decision 0162). A new address becomes a
 * registration with its confirm mail; a known one becomes a proposed change, mailed to that address only,
 * and its registration stays as it was. A client over its limit gets 'rate-limited' and the transaction is
 * rolled back: nothing is stored or mailed. Resolves only after the transaction committed; then the mail
 * sender is woken.
 */
export async function registerInterest(input: Registration, context: RegisterContext): Promise<RegisterResult> {
  const { max, windowSeconds } = context.rateLimit;
  const limited = max > 0 && windowSeconds > 0;
  let saved;
  try {
    saved = await save(input, context, limited);
  } catch (error) {
    if (error instanceof OverRateLimit) return { status: 'rate-limited', retryAfterSeconds: secondsLeftInWindow(context.now, windowSeconds) };
    throw error;
  }
  kickMailSender();
  return { status: 'stored', reference: saved.reference };
}

function save(input: Registration, context: RegisterContext, limited: boolean) {
  return saveRegistration(
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
      language: input.language,
    },
    {
      now: context.now,
      newReference,
      changeExpiresAt: new Date(context.now.getTime() + context.confirmDays * DAY_MS),
      alsoInTransaction: async (trx, row) => {
        await (row.changeId ? queueChangeMail(trx, { id: row.id, changeId: row.changeId }, context) : queueRegistrationMail(trx, row, context));
        // Last: on PostgreSQL the client's counter row stays locked from this statement to the commit,
        // as long as it did when the hit was a transaction of its own.
        if (limited) {
          const count = await hitRateLimit(trx, context.clientKey, { now: context.now, windowSeconds: context.rateLimit.windowSeconds });
          if (count > context.rateLimit.max) throw new OverRateLimit();
        }
      },
    },
  );
}
