import http from 'node:http';
import { expect, test } from '@playwright/test';
import { Pool } from 'pg';
import { startCluster, type Cluster } from '../../../deploy/cluster/cluster';
import { recreateDatabase, withDatabase } from '../../../deploy/cluster/postgres';
import { parseForm, registrationBody, type FormTemplate } from '../../../scripts/bench/form-client';
import { sites, testSettings } from '../support/sites';

/**
 * S-OPS-3 on a real cluster: nginx (deploy/nginx.conf, rendered with the X-Upstream test header) in front
 * of two `next start` instances of the fixture build, sharing one PostgreSQL database. Needs
 * TEST_DATABASE_URL (the database dei_cluster_test_<fixtures port> is created beside it, as the postgres superuser) and
 * the fixture production build that `npm run test:e2e` makes (tests/e2e/support/sites.ts).
 */
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
const DIST_DIR = sites.fixtures.distDir;
const RATE_LIMIT_MAX = 30;
// The clients: three loopback source addresses, so each has its own rate-limit bucket as nginx sees it.
const FIRST_CLIENT = '127.0.0.1';
const LIMITED_CLIENT = '127.0.0.2';
const OTHER_CLIENT = '127.0.0.3';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.skip(!TEST_DATABASE_URL, 'TEST_DATABASE_URL is not set (.ci/run sets it)');

let cluster: Cluster;
let databaseUrl: string;
let template: FormTemplate;
let pool: Pool;

type Posted = { status: number; location: string | undefined; upstream: string | undefined; body: string };

/** Posts the form through nginx from a chosen loopback source address, like a browser without JavaScript. */
async function post(fd: FormData, from: string, extraHeaders: Record<string, string> = {}): Promise<Posted> {
  const request = new Request(`${cluster.url}/participate`, { method: 'POST', body: fd });
  const body = Buffer.from(await request.arrayBuffer());
  const url = new URL(cluster.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/participate',
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: {
          'Content-Type': request.headers.get('content-type')!,
          'Content-Length': body.length,
          Origin: cluster.url,
          ...extraHeaders,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            // nginx lists every instance it tried ("a, b") when one refused the connection (the killed
            // one: the request never reached it); the last is the one that answered.
            upstream: (res.headers['x-upstream'] as string | undefined)?.split(',').at(-1)?.trim(),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const acknowledged = (p: Posted) => p.status === 303 && Boolean(p.location?.startsWith('/participate/confirmation'));
const rateLimited = (p: Posted) => p.status === 200 && p.body.includes('You have sent too many registrations');

async function storedCount(emailLike: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM registrations WHERE email LIKE $1', [emailLike]);
  return Number(rows[0]?.n);
}

test.beforeAll(async () => {
  // One database per worktree (its e2e port is its own), so two checkouts testing at once never share it.
  databaseUrl = withDatabase(TEST_DATABASE_URL!, `dei_cluster_test_${sites.fixtures.port}`);
  recreateDatabase(databaseUrl);
  // Every port (nginx's two, the instances') is a free one the kernel picks.
  cluster = await startCluster({
    instances: 2,
    distDir: DIST_DIR,
    databaseUrl,
    testHeaders: true,
    readyPath: '/participate',
    env: {
      CONTENT_DIR: sites.fixtures.contentDir,
      SITE_URL: sites.fixtures.origin,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: testSettings.serverActionsKey,
      RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
      // One window for the whole test, so the count never restarts in the middle.
      RATE_LIMIT_WINDOW_SECONDS: '100000000',
    },
  });
  template = parseForm(await (await fetch(`${cluster.url}/participate`)).text());
  pool = new Pool({ connectionString: databaseUrl, max: 2 });
});

test.afterAll(async () => {
  await pool?.end();
  await cluster?.stop();
});

test('registrations sent through nginx reach both instances, and survive one instance killed in the middle', async () => {
  const [first, second] = cluster.instances;
  const total = 24;
  const results: { email: string; posted: Posted | null }[] = [];
  let killed = false;
  let next = 0;
  // Four clients at a time; once eight are acknowledged, instance 1 is killed with SIGKILL, mid-flight.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < total) {
        const n = next++;
        const fd = registrationBody(template, n, 'cluster');
        const email = String(fd.get('email'));
        const posted = await post(fd, FIRST_CLIENT).catch(() => null);
        results.push({ email, posted });
        if (!killed && results.filter((r) => r.posted && acknowledged(r.posted)).length >= 8) {
          killed = true;
          first!.kill('SIGKILL');
        }
      }
    }),
  );
  expect(killed).toBe(true);
  await first!.exited;

  const acked = results.filter((r) => r.posted && acknowledged(r.posted));
  const upstreams = new Set(acked.map((r) => r.posted!.upstream));
  expect(upstreams).toEqual(new Set([`127.0.0.1:${first!.port}`, `127.0.0.1:${second!.port}`]));
  // Requests after the kill still succeed, on the instance left.
  expect(acked.length).toBeGreaterThan(8);

  // Every acknowledged registration is stored, exactly once.
  for (const { email } of acked) expect(await storedCount(email), email).toBe(1);
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM (SELECT registration_id, group_id FROM registration_groups GROUP BY 1, 2 HAVING count(*) > 1) d`,
  );
  expect(Number(rows[0]?.n)).toBe(0);
  // Nothing unacknowledged beyond what was in flight to the killed instance: stored ≤ sent.
  expect(await storedCount('bench-cluster-%')).toBeLessThanOrEqual(total);

  // Bring instance 1 back on its port, for the next test.
  await cluster.restart(0);
});

/**
 * nginx takes an instance that refused a connection out of rotation for its fail_timeout (10 s), so after
 * a restart wait until both instances answer through it again (bounded: 40 probes, 20 s).
 */
async function waitForBothInstances(): Promise<void> {
  const seen = new Set<string>();
  for (let probe = 0; probe < 40 && seen.size < 2; probe += 1) {
    const res = await fetch(`${cluster.url}/api/health`);
    const upstream = res.headers.get('x-upstream')?.split(',').at(-1)?.trim();
    if (res.ok && upstream) seen.add(upstream);
    if (seen.size < 2) await new Promise((r) => setTimeout(r, 500));
  }
  expect(seen.size, 'both instances answer through nginx again').toBe(2);
}

test('the rate limit holds across instances, and a client-sent X-Forwarded-For does not change the address it counts', async () => {
  await waitForBothInstances();
  const results: Posted[] = [];
  for (let n = 0; n < RATE_LIMIT_MAX + 6; n += 1) {
    results.push(await post(registrationBody(template, 1000 + n, 'limit'), LIMITED_CLIENT));
  }
  const acked = results.filter(acknowledged);
  // Exactly the limit, although the requests were spread over both instances.
  expect(acked.length).toBe(RATE_LIMIT_MAX);
  expect(new Set(acked.map((p) => p.upstream)).size).toBe(2);
  expect(results.slice(RATE_LIMIT_MAX).every(rateLimited)).toBe(true);
  expect(await storedCount('bench-limit-%')).toBe(RATE_LIMIT_MAX);

  // Forged addresses in every header a client might try: still the same bucket, still refused.
  const forgeries: Record<string, string>[] = [{ 'X-Forwarded-For': '203.0.113.7' }, { 'X-Real-IP': '203.0.113.8' }, { 'X-Forwarded-For': '203.0.113.9, 198.51.100.1', 'X-Real-IP': '198.51.100.2' }];
  for (const headers of forgeries) {
    const forged = await post(registrationBody(template, 2000, 'forged'), LIMITED_CLIENT, headers);
    expect(rateLimited(forged), JSON.stringify(headers)).toBe(true);
  }
  expect(await storedCount('bench-forged-%')).toBe(0);

  // The control: another client address is not limited, so the refusals above are per address.
  const other = await post(registrationBody(template, 3000, 'other'), OTHER_CLIENT);
  expect(acknowledged(other)).toBe(true);
});
