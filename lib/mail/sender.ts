import 'server-only';
import type { Db } from '@/lib/db/client';
import { claimDueMail, markMailRetry, markMailSent } from '@/lib/db/mail-queue';

export type OutgoingMail = { from: string; to: { name: string; address: string }; subject: string; text: string };
export type SendMail = (mail: OutgoingMail) => Promise<unknown>;

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60 * 1000;
/** Longer than any SMTP exchange (nodemailer's timeouts, worker.ts): a message is never sent twice at once. */
export const LEASE_MS = 2 * 60 * 1000;

/** Back-off after the n-th failed attempt: 30 s, 1 min, 2 min ... capped at 1 h; retried for ever. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * A 5xx reply to a recipient is final (the address does not exist): retrying cannot help. Every other
 * failure (server down, timeout, 4xx) is temporary and retried, so a mail server that is down loses nothing.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { responseCode?: unknown }).responseCode : undefined;
  const command = typeof error === 'object' && error !== null ? (error as { command?: unknown }).command : undefined;
  return typeof code === 'number' && code >= 500 && code < 600 && command === 'RCPT TO';
}

/** Sends every due message once; returns how many were sent and how many will be retried or gave up. */
export async function deliverDueMail(
  db: Db,
  options: { send: SendMail; from: string; now: Date; limit?: number },
): Promise<{ sent: number; retried: number; gaveUp: number }> {
  const due = await claimDueMail(db, { now: options.now, leaseMs: LEASE_MS, limit: options.limit ?? 50 });
  const result = { sent: 0, retried: 0, gaveUp: 0 };
  for (const mail of due) {
    try {
      await options.send({
        from: options.from,
        to: { name: mail.toName, address: mail.toAddress },
        subject: mail.subject,
        text: mail.bodyText,
      });
      await markMailSent(db, mail.id, options.now);
      result.sent++;
    } catch (error) {
      const giveUp = isPermanentFailure(error);
      const message = error instanceof Error ? error.message : String(error);
      await markMailRetry(db, mail.id, {
        error: message,
        nextAttemptAt: new Date(options.now.getTime() + retryDelayMs(mail.attempts + 1)),
        giveUp,
      });
      if (giveUp) result.gaveUp++;
      else result.retried++;
      console.error(`[mail] sending ${mail.id} failed (attempt ${mail.attempts + 1}${giveUp ? ', giving up' : ''}): ${message}`);
    }
  }
  return result;
}
