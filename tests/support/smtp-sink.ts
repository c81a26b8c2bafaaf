import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the sink received it: the envelope's recipients, the raw text and its parse. */
export type ReceivedMail = { envelopeTo: string[]; raw: string; parsed: ParsedMail; subject: string; text: string };

export type SmtpSink = {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL or createSendMail. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first message (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

/**
 * A real SMTP server (smtp-server) on loopback, on a port the system picks (port 0), that keeps every
 * message it accepts, parsed with mailparser. For tests of mail on the wire, unit and end-to-end alike.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;

  const waitFor: SmtpSink['waitFor'] = (match, timeoutMs = 20_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = received.find(match);
        if (!found) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no matching mail within ${timeoutMs} ms; received: ${received.map((m) => `${m.envelopeTo.join(',')} "${m.subject}"`).join('; ') || 'nothing'}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text to `path` on any origin, e.g. `/registration/confirm?token=…`. */
export function linkIn(text: string, path: string): URL {
  const match = text.match(new RegExp(`https?://[^\\s/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?token=[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(match[0]);
}
