import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { freePort } from '../../../deploy/cluster/ports';
import { actionFields, completeForm, postForm, startServer } from './support';

/**
 * Stopping PostgreSQL under a running site needs a cluster of its own (the shared one serves the other
 * tests): Debian's pg_createcluster makes a private one on its own port, as root (as in `.ci/run`). Its
 * name carries this run's process id and its port is one the kernel hands out, so two checkouts running
 * the suite at once never share or drop each other's cluster.
 */
const NAME = `dei_fault_test_${process.pid}`;
const version = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort().at(-1) : undefined;
const canRun = process.getuid?.() === 0 && fs.existsSync('/usr/bin/pg_createcluster') && version !== undefined;

function pg(command: string, ...args: string[]): void {
  execFileSync(`/usr/bin/${command}`, args, { stdio: 'pipe' });
}

async function storedEmails(databaseUrl: string): Promise<Set<string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email_key: string }>('select email_key from registrations');
    return new Set(rows.map((r) => r.email_key));
  } finally {
    await client.end();
  }
}

async function healthStatus(origin: string): Promise<number> {
  return (await fetch(`${origin}/api/health`)).status;
}

test.describe.configure({ timeout: 180_000 });

test('when PostgreSQL stops under the running site the form says so and keeps the values, health is 503, and both recover when it is back', async () => {
  test.skip(!canRun, 'needs root and Debian postgresql-common (pg_createcluster), as .ci/run provides');
  const port = await freePort();
  const DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
  pg('pg_createcluster', version!, NAME, '-p', String(port), '--', '--auth-host=trust', '--auth-local=trust');
  // Dropped in the finally below even when the server never starts, so no run leaves a cluster behind.
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    pg('pg_ctlcluster', version!, NAME, 'start');
    server = await startServer({
      databaseFile: path.join('/nonexistent', 'unused.sqlite'), // overridden by DATABASE_URL
      env: { DATABASE_URL, RATE_LIMIT_MAX: '0' },
    });
    const hidden = await actionFields(server.origin);
    expect(await healthStatus(server.origin)).toBe(200);
    expect((await postForm(server.origin, hidden, completeForm('pg-before@example.eu'))).status).toBe(303);

    pg('pg_ctlcluster', version!, NAME, 'stop', '-m', 'fast');
    expect(await healthStatus(server.origin)).toBe(503);
    const down = await postForm(server.origin, hidden, completeForm('pg-down@example.eu'));
    expect(down.status).toBe(200);
    expect(down.body).toContain('We could not save your registration. Try again later.');
    expect(down.body).toContain('value="pg-down@example.eu"');
    // One structured line, with the request it belongs to (decision 0126).
    expect(server.log()).toMatch(/^\{"level":"error",[^\n]*"scope":"registration","requestId":"[0-9a-f-]{36}"[^\n]*"msg":"could not save a registration"\}$/m);

    pg('pg_ctlcluster', version!, NAME, 'start');
    // The pool reconnects on its own; bounded wait (30 probes, 15 s).
    let status = 0;
    for (let probe = 0; probe < 30 && status !== 200; probe += 1) {
      status = await healthStatus(server.origin);
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await postForm(server.origin, hidden, completeForm('pg-after@example.eu'))).status).toBe(303);

    const stored = await storedEmails(DATABASE_URL);
    console.log(`[postgres-down] stored while up: ${[...stored].sort().join(', ')}`);
    expect(stored).toEqual(new Set(['pg-before@example.eu', 'pg-after@example.eu']));
  } finally {
    await server?.stop();
    pg('pg_dropcluster', version!, NAME, '--stop');
  }
});
