import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runDir } from '../support/sites';
import {
  actionFields,
  completeForm,
  freshDatabaseFile,
  integrityCheck,
  postForm,
  referenceOf,
  startServer,
  storedEmails,
} from './support';

// These tests start their own production servers (on free ports) on the fixtures build.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test('200 concurrent submissions with distinct emails are all stored', async () => {
  const file = freshDatabaseFile(path.join(runDir(), 'form-concurrency'), 'db');
  const server = await startServer({ databaseFile: file, env: { RATE_LIMIT_MAX: '0' } });
  try {
    const hidden = await actionFields(server.origin);
    const emails = Array.from({ length: 200 }, (_, i) => `concurrent-${i}@example.eu`);
    const results = await Promise.all(emails.map((e) => postForm(server.origin, hidden, completeForm(e))));
    const acknowledged = results.filter((r) => r.status === 303);
    const stored = storedEmails(file);
    console.log(`[concurrency] sent ${emails.length}, acknowledged ${acknowledged.length}, stored ${stored.size}`);
    expect(results.map((r) => r.status)).toEqual(emails.map(() => 303));
    expect(emails.every((e, i) => stored.get(e) === referenceOf(results[i]?.location ?? null))).toBe(true);
  } finally {
    await server.stop();
  }
});

test('a server killed with SIGKILL during a stream of submissions loses no acknowledged registration', async () => {
  const file = freshDatabaseFile(path.join(runDir(), 'form-kill'), 'db');
  const acknowledged = new Map<string, string>();
  let sent = 0;
  let failed = 0;
  for (let round = 0; round < 3; round++) {
    const server = await startServer({ databaseFile: file, env: { RATE_LIMIT_MAX: '0' } });
    const hidden = await actionFields(server.origin);
    let stop = false;
    const client = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        const email = `kill-${round}-${worker}-${i}@example.eu`;
        sent++;
        try {
          const res = await postForm(server.origin, hidden, completeForm(email));
          const ref = referenceOf(res.location);
          if (res.status === 303 && ref) acknowledged.set(email, ref);
          else failed++;
        } catch {
          failed++; // connection reset by the kill: not acknowledged, so it may or may not be stored
          return;
        }
      }
    };
    const clients = Array.from({ length: 8 }, (_, w) => client(w));
    // Kill once a fair number of submissions are in flight and acknowledged this round.
    const target = acknowledged.size + 60;
    while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 20));
    server.process.kill('SIGKILL');
    stop = true;
    await Promise.all(clients);
    await server.stop();
  }
  const stored = storedEmails(file);
  const missing = [...acknowledged].filter(([email, ref]) => stored.get(email) !== ref);
  console.log(`[kill] sent ${sent}, acknowledged ${acknowledged.size}, stored ${stored.size}, not acknowledged ${failed}, acknowledged but missing ${missing.length}`);
  expect(missing).toEqual([]);
  expect(integrityCheck(file)).toBe('ok');
});

test('when the SQLite file is read-only the form says so, keeps the values, logs the cause, and health is 503', async () => {
  const dir = path.join(runDir(), 'form-readonly');
  const file = freshDatabaseFile(dir, 'db');
  // Create and migrate the database, then stop and make it read-only for an unprivileged server.
  const setup = await startServer({ databaseFile: file });
  expect((await fetch(`${setup.origin}/api/health`)).status).toBe(200);
  await setup.stop();
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o444);
  fs.chmodSync(dir, 0o555);
  const server = await startServer({ databaseFile: file, asUser: { uid: 65534, gid: 65534 } });
  try {
    const health = await fetch(`${server.origin}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable' });
    const hidden = await actionFields(server.origin);
    const res = await postForm(server.origin, hidden, completeForm('readonly@example.eu'));
    expect(res.status).toBe(200);
    expect(res.body).toContain('We could not save your registration. Try again later.');
    expect(res.body).toContain('value="readonly@example.eu"');
    // One structured line, with the request it belongs to (decision 0126).
    expect(server.log()).toMatch(/^\{"level":"error",[^\n]*"scope":"registration","requestId":"[0-9a-f-]{36}"[^\n]*"msg":"could not save a registration"\}$/m);
    expect(storedEmails(file).has('readonly@example.eu')).toBe(false);
  } finally {
    await server.stop();
    fs.chmodSync(dir, 0o755);
  }
});

test('without a trusted proxy, a client-sent X-Forwarded-For does not escape the rate limit', async () => {
  const file = freshDatabaseFile(path.join(runDir(), 'form-rate-limit'), 'db');
  // One window for the whole test (about three years), so the count never starts again in the middle.
  const server = await startServer({ databaseFile: file, env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_SECONDS: '100000000' } });
  try {
    const hidden = await actionFields(server.origin);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await postForm(server.origin, hidden, completeForm(`limited-${i}@example.eu`), {
        'X-Forwarded-For': `203.0.113.${i}`,
      });
      statuses.push(res.status);
      if (i === 2) expect(res.body).toMatch(/You have sent too many registrations\. Wait [\d,]+ minutes? and try again\./);
    }
    expect(statuses).toEqual([303, 303, 200]);
    expect(storedEmails(file).has('limited-2@example.eu')).toBe(false);
  } finally {
    await server.stop();
  }
});
