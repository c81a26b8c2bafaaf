import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_ROOT, startCluster, startInstance, type Cluster, type Instance } from '../../../deploy/cluster/cluster';
import { MAX_STALENESS_SECONDS } from '../../../lib/site/freshness';
import { runDir, serverEnv, sites } from '../support/sites';
import { rawRequest } from './support';

/**
 * S-OPS-5, measured: a meeting's end passes while the site runs, through the server alone and through
 * the nginx recipe (deploy/nginx.conf) in front of it, and no answer ever shows the meeting as upcoming
 * an hour or more after it ended (decision 0121).
 *
 * The clock is moved from outside, with no test branch in the application: the server and nginx run
 * with libfaketime preloaded (Debian package `faketime`), reading one clock file; writing an offset
 * into it moves their wall clock and their monotonic clock together (Next ages its cache on
 * `performance.timeOrigin + performance.now()`, nginx its cache on its wall clock).
 */
const SLUG = '2086-03-31-example-group-1-spring-meeting';
// 12:30 in Brussels (summer time) on 31 March 2086, the fixture's end time.
const END = Date.parse('2086-03-31T10:30:00Z');
const MINUTE = 60_000;

const LIBFAKETIME = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'].find((p) => fs.existsSync(p));

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let cluster: Cluster;
let alone: Instance;
let clockFile: string;
const copies: string[] = [];

let offsetSeconds = -Infinity;

/**
 * Moves the clock of the servers and nginx to `at`, as an offset from the real clock in seconds. Never
 * backwards: libfaketime moves the monotonic clock too, and Node aborts when that goes back.
 */
function setClock(at: number) {
  offsetSeconds = Math.max(offsetSeconds, Math.ceil((at - Date.now()) / 1000));
  // Written beside and renamed over: libfaketime reads the file on every clock call, and a half-written
  // file would read as no offset at all (the real clock, decades back).
  fs.writeFileSync(`${clockFile}.new`, `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}s\n`);
  fs.renameSync(`${clockFile}.new`, clockFile);
}

type Seen = { upcoming: boolean; cacheControl: string; nextCache: string };

/** The meeting page and the meetings list as one client sees them at `origin`. */
async function look(origin: string): Promise<{ page: Seen; list: Seen }> {
  const page = await rawRequest(origin, { path: `/meetings/${SLUG}` });
  const list = await rawRequest(origin, { path: '/meetings' });
  expect(page.status).toBe(200);
  expect(list.status).toBe(200);
  const pastHeading = list.body.indexOf('>Past meetings<');
  const link = list.body.indexOf(`href="/meetings/${SLUG}"`);
  expect(pastHeading).toBeGreaterThan(0);
  expect(link).toBeGreaterThan(0);
  return {
    // Only an upcoming meeting offers "Register interest in this meeting".
    page: { upcoming: page.body.includes(`href="/participate?meeting=${SLUG}"`), cacheControl: page.headers['cache-control'] ?? '', nextCache: page.headers['x-nextjs-cache'] ?? '-' },
    list: { upcoming: link < pastHeading, cacheControl: list.headers['cache-control'] ?? '', nextCache: list.headers['x-nextjs-cache'] ?? '-' },
  };
}

/**
 * A private copy of the fixtures build per server: a server rewrites pages in its build folder when it
 * renders them again, so two servers must not share one, and pages rendered in 2086 must not reach the
 * shared fixtures server.
 */
function copyOfFixturesBuild(name: string): string {
  const copy = path.join(REPO_ROOT, `.next-clock-${process.pid}-${name}`);
  fs.cpSync(path.join(REPO_ROOT, sites.fixtures.distDir), copy, { recursive: true, filter: (src) => !src.endsWith(`${path.sep}cache`) });
  copies.push(copy);
  return copy;
}

test.beforeAll(async () => {
  if (!LIBFAKETIME) throw new Error('libfaketime is not installed: apt-get install faketime (.ci/run does)');
  clockFile = path.join(runDir(), `clock-${process.pid}`);
  setClock(END - 45 * MINUTE);
  const clock = { LD_PRELOAD: LIBFAKETIME!, FAKETIME_TIMESTAMP_FILE: clockFile, FAKETIME_NO_CACHE: '1' };
  const env = (name: string) => ({ ...serverEnv(sites.fixtures), DATABASE_URL: `file:${path.join(runDir(), `clock-${process.pid}-${name}.sqlite`)}`, ...clock });
  // The production recipe (one instance behind nginx), and a server alone, each with its own build copy.
  cluster = await startCluster({ instances: 1, distDir: copyOfFixturesBuild('cluster'), databaseUrl: env('cluster').DATABASE_URL, env: env('cluster'), nginxEnv: clock, readyPath: '/participate' });
  alone = await startInstance({ name: 'alone', port: 0, distDir: copyOfFixturesBuild('alone'), env: env('alone'), logDir: runDir(), readyPath: '/participate' });
});

test.afterAll(async () => {
  await cluster?.stop();
  if (alone) {
    alone.kill('SIGTERM');
    await alone.exited;
  }
  for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true });
});

test('a meeting that ends while the site runs is shown as past within the hour, by the server alone and through nginx', async () => {
  const origins = {
    // Behind nginx: the server renders just before the end, nginx first fetches that copy as late as the
    // server still calls it fresh, then keeps it for as long as it may: the worst case of the chain.
    nginx: cluster.url,
    behindNginx: `http://127.0.0.1:${cluster.instances[0]!.port}`,
    // A quiet site: nobody asks between just before the end and an hour after it.
    alone: `http://127.0.0.1:${alone.port}`,
  };
  const steps: { minutes: number; via: (keyof typeof origins)[] }[] = [
    { minutes: -40, via: ['behindNginx', 'alone'] },
    { minutes: -1, via: ['behindNginx', 'alone'] },
    { minutes: 10, via: ['behindNginx'] },
    { minutes: 28, via: ['nginx'] },
    { minutes: 45, via: ['nginx'] },
    { minutes: 58, via: ['nginx'] },
    { minutes: 61, via: ['nginx', 'behindNginx', 'alone'] },
    { minutes: 75, via: ['nginx', 'alone'] },
    { minutes: 24 * 60, via: ['nginx', 'alone'] },
  ];
  const seen: string[] = [];
  const wrong: string[] = [];
  for (const step of steps) {
    setClock(END + step.minutes * MINUTE);
    for (const via of step.via) {
      const { page, list } = await look(origins[via]);
      const show = (v: Seen) => `${v.upcoming ? 'upcoming' : 'past'} (${v.nextCache})`;
      seen.push(`${step.minutes} min ${via}: page ${show(page)}, list ${show(list)}`);
      for (const [what, view] of [['meeting page', page], ['meetings list', list]] as const) {
        if (step.minutes < 0 && !view.upcoming) wrong.push(`${step.minutes} min, ${via}: the ${what} shows the meeting as past before it ended`);
        if (step.minutes * 60 >= MAX_STALENESS_SECONDS && view.upcoming) {
          wrong.push(`${step.minutes} min, ${via}: the ${what} still shows the meeting as upcoming`);
        }
        // What each cache is told: fresh for half an hour, never to be served stale.
        if (view.cacheControl !== 's-maxage=1800') wrong.push(`${step.minutes} min, ${via}: the ${what} says Cache-Control: ${view.cacheControl}`);
      }
    }
  }
  expect(wrong, seen.join('\n')).toEqual([]);
  test.info().annotations.push({ type: 'walk', description: seen.join('; ') });
});
