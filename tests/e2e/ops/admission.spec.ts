import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { actionFields, completeForm, freshDatabaseFile, referenceOf, startServer, storedEmails, type RunningServer } from '../form/support';
import { securityHeaderProblems } from '../support/gates';
import { runDir } from '../support/sites';

/**
 * Admission control in server.mjs (decision 0161): a request in flight is held open by sending only half
 * of its body, so which requests are admitted, queued or refused is decided by counts, not by timing.
 */

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A registration posted as a browser without JavaScript does, its body held back until `finish()`. */
type Held = { email: string; answer: Promise<Answer>; answered: () => boolean; finish: () => Promise<Answer> };

async function heldRegistration(origin: string, hidden: [string, string][], email: string): Promise<Held> {
  const data = new FormData();
  for (const [k, v] of [...hidden, ...completeForm(email)]) data.append(k, v);
  const encoded = new Request(`${origin}/participate`, { method: 'POST', body: data });
  const body = Buffer.from(await encoded.arrayBuffer());
  const url = new URL(origin);
  let resolveAnswer!: (a: Answer) => void;
  let answered = false;
  const answer = new Promise<Answer>((resolve) => (resolveAnswer = resolve)).finally(() => (answered = true));
  const req = http.request(
    {
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/participate',
      agent: false,
      headers: { 'Content-Type': encoded.headers.get('content-type')!, 'Content-Length': body.length, Origin: origin },
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    },
  );
  // Resolves once the first half is handed to the system: the server has the request's headers to read.
  await new Promise<void>((resolve, reject) => req.write(body.subarray(0, body.length >> 1), (error) => (error ? reject(error) : resolve())));
  req.on('error', () => undefined);
  return {
    email,
    answer,
    answered: () => answered,
    finish: () => {
      // A refused request was answered without its body being read: nothing more to send.
      if (!answered) req.end(body.subarray(body.length >> 1));
      return answer;
    },
  };
}

const PROBE = '/meetings';
const probe = (origin: string) => fetch(`${origin}${PROBE}`);

/**
 * `count` registrations held open at once. Whatever order the server reads them in, it admits and queues
 * as many as it has places for and answers the rest at once; resolves when that many have their answer
 * (the held ones never finish by themselves, so no more can come), and the rest are held.
 */
async function holdMany(origin: string, hidden: [string, string][], count: number, places: number, prefix: string) {
  const all = await Promise.all(Array.from({ length: count }, (_, i) => heldRegistration(origin, hidden, `${prefix}-${i}@example.eu`)));
  await expect.poll(() => all.filter((h) => h.answered()).length, { timeout: 30_000 }).toBe(count - places);
  return { refused: all.filter((h) => h.answered()), held: all.filter((h) => !h.answered()) };
}

const servers: RunningServer[] = [];
test.afterEach(async () => {
  while (servers.length) await servers.pop()!.stop();
});

async function start(name: string, args: string[]) {
  const databaseFile = freshDatabaseFile(path.join(runDir(), 'admission'), `${name}-${process.pid}`);
  const server = await startServer({ databaseFile, args });
  servers.push(server);
  // Warm, and nothing of the start-up still in flight: the first render of a page loads its code.
  await expect.poll(async () => (await probe(server.origin)).status, { timeout: 30_000 }).toBe(200);
  return { ...server, databaseFile };
}

test('beyond its limit the server answers 503 with Retry-After at once, and serves again when a request ends', async () => {
  const server = await start('refuse', ['--max-in-flight', '1', '--max-queue', '0']);
  const hidden = await actionFields(server.origin);
  const { refused, held } = await holdMany(server.origin, hidden, 3, 1, 'refuse');

  for (const r of refused) {
    const answer = await r.answer;
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
  }
  const page = await probe(server.origin);
  expect(page.status).toBe(503);
  expect(page.headers.get('retry-after')).toBe('1');
  expect(page.headers.get('cache-control')).toBe('no-store');
  expect(await page.text()).toContain('busy');
  expect(securityHeaderProblems(Object.fromEntries(page.headers))).toEqual([]);
  // The health check is never queued or refused: a busy instance is not a dead one.
  expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);

  const answer = await held[0]!.finish();
  expect(answer.status).toBe(303);
  const stored = storedEmails(server.databaseFile);
  expect(stored.get(held[0]!.email)).toBe(referenceOf(answer.headers.location ?? null));
  expect([...stored.keys()]).toEqual([held[0]!.email]);
  expect((await probe(server.origin)).status).toBe(200);
});

test('requests over the limit wait their turn up to the queue length, the rest are refused; every acknowledged registration is stored, no refused one', async () => {
  const server = await start('queue', ['--max-in-flight', '1', '--max-queue', '3']);
  const hidden = await actionFields(server.origin);
  // One in flight and three waiting: the other five are refused at once.
  const { refused, held } = await holdMany(server.origin, hidden, 9, 4, 'queue');
  const refusals = await Promise.all(refused.map((r) => r.answer));
  expect(refusals.map((a) => [a.status, a.headers['retry-after']])).toEqual(Array.from({ length: 5 }, () => [503, '1']));
  expect((await probe(server.origin)).status).toBe(503);

  // Released, the one in flight and the three waiting are served, each acknowledged and stored.
  const answers = await Promise.all(held.map((h) => h.finish()));
  expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303]);
  const stored = storedEmails(server.databaseFile);
  held.forEach((h, i) => expect(stored.get(h.email)).toBe(referenceOf(answers[i]!.headers.location ?? null)));
  expect([...stored.keys()].sort()).toEqual(held.map((h) => h.email).sort());
});

test('a bad admission setting stops the server with a message', async () => {
  const databaseFile = freshDatabaseFile(path.join(os.tmpdir(), 'dei-admission'), `bad-${process.pid}`);
  await expect(startServer({ databaseFile, args: ['--max-in-flight', '0'] })).rejects.toThrow(/--max-in-flight must be a whole number/);
});
