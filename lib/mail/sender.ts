import 'server-only';
import type { Db } from '@/lib/db/client';
import { claimNextMail, markMailRetry, markMailSent, type QueuedMail } from '@/lib/db/mail-queue';
import { scopedLogger } from '@/lib/log';

export type OutgoingMail = { from: string; to: { name: string; address: string }; subject: string; text: string; signal?: AbortSignal };
/** Sends one message; `close` ends its pooled connections. */
export type SendMail = ((mail: OutgoingMail) => Promise<unknown>) & { close?: () => void };

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60 * 1000;
/** How long one message stays claimed by the sender that took it (decision 0123). */
export const LEASE_MS = 2 * 60 * 1000;
/** Messages sent at once by one instance: one per pooled SMTP connection (worker.ts). */
export const SEND_CONCURRENCY = 4;

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
 * Sends every due message, each claimed for `leaseMs` just before it is sent (never in batches: a
 * message claimed and then left waiting behind others could outlive its lease and be sent by another
 * instance too). `concurrency` loops each claim, send and record one message at a time. A send that has
 * not finished by half the lease is cancelled (nodemailer closes its connection) and retried later, so
 * no message is still being sent when its lease ends. Times come from `clock`.
 */
export async function deliverDueMail(
  db: Db,
  options: { send: SendMail; from: string; clock: () => Date; leaseMs?: number; concurrency?: number },
): Promise<DeliveryResult> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const result: DeliveryResult = { sent: 0, retried: 0, gaveUp: 0 };
  const loop = async () => {
    for (let mail = await claimNextMail(db, { now: options.clock(), leaseMs }); mail; mail = await claimNextMail(db, { now: options.clock(), leaseMs })) {
      const outcome = await sendOne(db, mail, { ...options, leaseMs });
      result[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? SEND_CONCURRENCY }, loop));
  return result;
}

async function sendOne(
  db: Db,
  mail: QueuedMail,
  options: { send: SendMail; from: string; clock: () => Date; leaseMs: number },
): Promise<keyof DeliveryResult> {
  try {
    await options.send({
      from: options.from,
      to: { name: mail.toName, address: mail.toAddress },
      subject: mail.subject,
      text: mail.bodyText,
      signal: AbortSignal.timeout(options.leaseMs / 2),
    });
    await markMailSent(db, mail.id, options.clock());
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
