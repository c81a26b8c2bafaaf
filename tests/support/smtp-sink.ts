import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the sink received it: the envelope's recipients, the raw text and its parse. */
export type ReceivedMail = { envelopeTo: string[]; raw: string; parsed: ParsedMail; subject: string; text: string; /** Date.now() when it was parsed. */ receivedAt: number };

export type SmtpSink = {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL or createSendMail. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first message (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  /** How many TCP connections clients opened to it so far. */
  connections: () => number;
  close: () => Promise<void>;
};

/**
 * A real SMTP server (smtp-server) on loopback, on a port the system picks (port 0, or `port`), that keeps
 * every message it accepts, parsed with mailparser. For tests of mail on the wire, unit and end-to-end
 * alike. `delayMs` makes it slow to accept each message (a slow mail server).
 */
export async function startSmtpSink(options: { delayMs?: number; port?: number } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Pooled clients keep their connections open: closing the server ends them at once.
    closeTimeout: 50,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
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
              receivedAt: Date.now(),
            });
            for (const wake of waiters) wake();
            setTimeout(() => callback(), options.delayMs ?? 0);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  // A client that goes away mid-session (a server under test killed) resets its connection: not an error
  // of the sink's, and without a listener it would end the process.
  server.on('error', () => {});
  server.listen(options.port ?? 0, '127.0.0.1');
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
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text to `path` on any origin, e.g. `/registration/confirm?token=…`. */
export function linkIn(text: string, path: string): URL {
  const match = text.match(new RegExp(`https?://[^\\s/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?token=[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(match[0]);
}

/** A loopback port with nothing listening (the kernel hands it out, and it is closed again): a mail server that is down. */
export async function closedPort(): Promise<number> {
  const { freePort } = await import('../../deploy/cluster/ports');
  return freePort();
}

/** A header field's unfolded value as the message carries it (mailparser turns List-* fields into a structure of its own). */
export function headerValue(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}
