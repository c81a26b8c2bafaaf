import 'server-only';
import nodemailer from 'nodemailer';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { scopedLogger } from '@/lib/log';
import { deliverDueMail, SEND_CONCURRENCY, type SendMail } from './sender';

const POLL_MS = 30_000;

type WorkerState = { send?: SendMail; timer?: NodeJS.Timeout; running?: Promise<void>; again?: boolean };
// One per process, although Next bundles instrumentation and routes apart (see lib/db/client.ts).
const KEY = Symbol.for('dei-platform.mail-worker');
const slot = globalThis as unknown as Record<symbol, WorkerState | undefined>;
const state = (): WorkerState => (slot[KEY] ??= {});

/**
 * The nodemailer transport for SMTP_URL, or null when mail is not configured (it then stays queued).
 * Pooled: up to SEND_CONCURRENCY connections, each kept open for many messages, instead of a new
 * connection (and greeting) per message.
 */
export function createSendMail(smtpUrl: string | undefined): SendMail | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: SEND_CONCURRENCY,
    maxMessages: 1000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return Object.assign((mail: Parameters<SendMail>[0]) => transport.sendMail(mail), { close: () => transport.close() });
}

async function tick(): Promise<void> {
  const s = state();
  const send = s.send;
  if (!send) return;
  if (s.running) {
    s.again = true;
    return s.running;
  }
  s.running = (async () => {
    do {
      s.again = false;
      try {
        await deliverDueMail(await getDb(), { send, from: getEnv().MAIL_FROM, clock: () => new Date() });
      } catch (error) {
        scopedLogger('mail').error({ err: error }, 'a delivery round failed');
      }
    } while (s.again);
  })().finally(() => {
    s.running = undefined;
  });
  return s.running;
}

/** Started once at start-up (instrumentation.ts): polls the queue; the timer never keeps the process alive. */
export function startMailSender(): void {
  const s = state();
  if (s.timer) return;
  const send = createSendMail(getEnv().SMTP_URL);
  if (!send) {
    scopedLogger('mail').warn('SMTP_URL is not set: mail is queued and shown in /admin/mail, and not sent');
    return;
  }
  s.send = send;
  s.timer = setInterval(() => void tick(), POLL_MS);
  s.timer.unref();
  void tick();
}

/** An immediate delivery attempt after something was queued (does not wait for it). */
export function kickMailSender(): void {
  if (state().send) void tick();
}
