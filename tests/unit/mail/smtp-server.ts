import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { envelopeTo: string[]; raw: string; parsed: ParsedMail };

/**
 * A real SMTP server on loopback, on a port the kernel picks (or `port`), that keeps every message it accepts.
 * `delayMs` makes it slow to accept each message; `connections` counts the TCP connections it took.
 */
export async function startSmtp(options: { delayMs?: number; port?: number } = {}): Promise<{
  url: string;
  received: Received[];
  connections: () => number;
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
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
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
            setTimeout(() => callback(), options.delayMs ?? 0);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening: a mail server that is down (bound, read, closed). */
export async function closedPort(): Promise<number> {
  const { freePort } = await import('@/deploy/cluster/ports');
  return freePort();
}
