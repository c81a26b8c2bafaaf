import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { createLogger, requestLogger, scrub } from '@/lib/log';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: createLogger(destination), lines, raw };
}

test('a log line is one JSON object with a level name, an ISO time, the message and its scope', () => {
  const { logger, lines } = capture();
  logger.child({ scope: 'mail', requestId: 'abc-123-def' }).info({ mailId: 'm1' }, 'sent');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 'info', scope: 'mail', requestId: 'abc-123-def', mailId: 'm1', msg: 'sent' });
  expect(String(lines[0]!.time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
});

test('no password, token, e-mail address or row value reaches the log', () => {
  const { logger, raw } = capture();
  const token = 'Q2hhbmdlIG1lISBUaGlzIGlzIGEgdGVzdCB0b2tlbi4';
  // What a PostgreSQL driver error carries: the row's values in `detail`.
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "registrations_email_key_key"'), {
    code: '23505',
    detail: 'Key (email_key)=(anna.muller@example.eu) already exists.',
  });
  logger.error({ err: driverError }, 'could not save');
  logger.warn({ password: 'hunter2hunter2', token, email: 'anna.muller@example.eu', fullName: 'Anna Müller', user: { email: 'x@example.eu' } }, 'fields');
  logger.error({ err: new Error('550 5.1.1 <anna.muller@example.eu>: Recipient address rejected') }, 'smtp');
  logger.info(`confirm link /registration/confirm?token=${token} opened by bob@example.org`);
  const text = raw.join('\n');
  for (const secret of ['hunter2hunter2', token, 'anna.muller@example.eu', 'x@example.eu', 'bob@example.org', 'Anna Müller']) expect(text).not.toContain(secret);
  expect(text).toContain('23505');
  expect(text).toContain('[redacted]');
  expect(text).toContain('[email]');
  expect(text).toContain('[token]');
});

test('scrub masks addresses and tokens inside any text', () => {
  expect(scrub('to <zoe@example.eu>, cc a.b+c@sub.example.org')).toBe('to <[email]>, cc [email]');
  expect(scrub('a reference ABCD2345 stays')).toBe('a reference ABCD2345 stays');
});

test('outside a request the request logger carries no request id', async () => {
  const child = await requestLogger('test');
  expect(child.bindings()).toEqual({ scope: 'test' });
});
