import 'server-only';
import type { Db } from '@/lib/db/client';
import { claimDueMail, markMailRetry, markMailSent, releaseMail, type QueuedMail } from '@/lib/db/mail-queue';
import { scopedLogger } from '@/lib/log';

export type OutgoingMail = {
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  signal?: AbortSignal;
  /** lib/mail/extras.ts: list headers, the calendar part, files. */
  headers?: Record<string, string>;
  icalEvent?: { method: string; filename: string; content: string };
  attachments?: { filename: string; contentType: string; content: string }[];
};
/** Sends one message; `close` ends its pooled connections. */
export type SendMail = ((mail: OutgoingMail) => Promise<unknown>) & { close?: () => void };

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60 * 1000;
/** How long one message stays claimed by the sender that took it (decision 0123). */
export const LEASE_MS = 2 * 60 * 1000;
/** Messages sent at once by one instance: one per pooled SMTP connection (worker.ts). */
export const SEND_CONCURRENCY = 4;
/** Messages claimed by one statement (and recorded as sent by one): a few per connection. */
export const BATCH_SIZE = 32;

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

export type DeliveryResult = { sent: number; retried: number; gaveUp: number };

/**
 * Sends every due message, most urgent first, in batches: one statement claims up to `batchSize` messages
 * for `leaseMs` (decision 0160), `concurrency` loops send them over the pooled connections, and one
 * statement records those sent. The lease rule of decision 0123 holds for the whole batch: a send that
 * has not finished by half the lease is cancelled (nodemailer closes its connection) and retried later,
 * and no send starts unless it would end, at that limit, with a tenth of the lease still left to record
 * it; messages of the batch left unsent then are released (due again at once) rather than sent late, so
 * a message is never being sent when its lease ends and another sender may claim it. Each batch is
 * claimed afresh, so mail queued while one is sent is next if it is more urgent. Times come from `clock`.
 */
export async function deliverDueMail(
  db: Db,
  options: { send: SendMail; from: string; clock: () => Date; leaseMs?: number; concurrency?: number; batchSize?: number },
): Promise<DeliveryResult> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const sendTimeoutMs = leaseMs / 2;
  const recordMs = leaseMs / 10;
  const result: DeliveryResult = { sent: 0, retried: 0, gaveUp: 0 };
  for (;;) {
    const { mail, leaseUntil } = await claimDueMail(db, { now: options.clock(), leaseMs, limit: options.batchSize ?? BATCH_SIZE });
    if (!mail.length) return result;
    const sent: string[] = [];
    const late: string[] = [];
    let next = 0;
    const loop = async () => {
      for (let m = mail[next++]; m; m = mail[next++]) {
        if (options.clock().getTime() + sendTimeoutMs + recordMs > leaseUntil.getTime()) {
          late.push(m.id);
          continue;
        }
        const outcome = await sendOne(db, m, { ...options, sendTimeoutMs });
        if (outcome === 'sent') sent.push(m.id);
        result[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? SEND_CONCURRENCY }, loop));
    await markMailSent(db, sent, options.clock());
    await releaseMail(db, late, { leaseUntil, now: options.clock() });
  }
}

async function sendOne(
  db: Db,
  mail: QueuedMail,
  options: { send: SendMail; from: string; clock: () => Date; sendTimeoutMs: number },
): Promise<keyof DeliveryResult> {
  try {
    await options.send({
      from: options.from,
      to: { name: mail.toName, address: mail.toAddress },
      subject: mail.subject,
      text: mail.bodyText,
      ...mail.extras,
      signal: AbortSignal.timeout(options.sendTimeoutMs),
    });
    return 'sent';
  } catch (error) {
    const giveUp = isPermanentFailure(error);
    const message = error instanceof Error ? error.message : String(error);
    await markMailRetry(db, mail.id, {
      error: message,
      nextAttemptAt: new Date(options.clock().getTime() + retryDelayMs(mail.attempts + 1)),
      giveUp,
    });
    scopedLogger('mail').warn({ mailId: mail.id, attempt: mail.attempts + 1, giveUp, err: error }, 'sending a message failed');
    return giveUp ? 'gaveUp' : 'retried';
  }
}
