import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { startCluster, startInstance } from '../../deploy/cluster/cluster';
import { recreateDatabase } from '../../deploy/cluster/postgres';
import { HONEYPOT_FIELD } from '../../lib/registration/form-data';
import { parseForm, type FormTemplate } from './form-client';
import type { BenchRow } from './report';
import { median, percentile } from './util';
import { wrkRegistrations, type WrkFormResult } from './wrk-form';

export type RegistrationOptions = {
  distDir: string;
  env: Record<string, string>;
  runs: number;
  /** Length of each timed run of posts. */
  seconds: number;
  /** Raw inserts per run (the anchor). */
  rawPerRun: number;
  concurrency: number;
  postgresUrl: string;
  /** More arguments for every server.mjs (admission settings, for A/B runs). */
  serverArgs: string[];
  log: (line: string) => void;
};

type RunResult = { perSecond: number; p50: number; p99: number; acked: number; failed: number };

/** `count` jobs (the raw-insert anchor) through `concurrency` workers; each job's latency recorded. */
async function drive(count: number, concurrency: number, job: (n: number) => Promise<boolean>): Promise<RunResult> {
  const latencies: number[] = [];
  let next = 0;
  let acked = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++;
        const t = performance.now();
        const ok = await job(n).catch(() => false);
        latencies.push(performance.now() - t);
        if (ok) acked += 1;
        else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: acked / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), acked, failed };
}

const summarise = (runs: readonly RunResult[]) => ({
  perSecond: median(runs.map((r) => r.perSecond)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  acked: runs.reduce((s, r) => s + r.acked, 0),
  failed: runs.reduce((s, r) => s + r.failed, 0),
});

const RAW_TABLES = [
  `CREATE TABLE IF NOT EXISTS bench_registrations (id text PRIMARY KEY, reference text NOT NULL UNIQUE, email text NOT NULL,
     email_key text NOT NULL UNIQUE, full_name text NOT NULL, organisation text NOT NULL, country text NOT NULL,
     organisation_type text NOT NULL, consent_at text NOT NULL, privacy_version text NOT NULL, created_at text NOT NULL, updated_at text NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS bench_registration_groups (registration_id text NOT NULL REFERENCES bench_registrations(id) ON DELETE CASCADE,
     group_id text NOT NULL, PRIMARY KEY (registration_id, group_id))`,
];

function rawRow(n: number, runId: string): string[] {
  const id = randomUUID();
  const now = new Date().toISOString();
  const email = `raw-${runId}-${n}@example.test`;
  return [id, `${runId}${n}`.slice(-16) + id.slice(0, 4), email, email, `Bench Applicant ${n}`, 'Benchmark organisation', 'BE', 'sme', now, '1', now, now];
}

const STORED_SQL = `SELECT reference FROM registrations WHERE email LIKE 'bench-%@example.test'`;

const WARM_UP_SECONDS = 3;
/**
 * Every post comes from one address: a limit no run reaches keeps the rate limit's write in each post,
 * as in production, without refusing any (0 would switch the limit, and its write, off).
 */
const BENCH_RATE_LIMIT = '1000000000';

/** How many acknowledged references are stored; each is unique, so this equals `acked` when none is lost. */
function ackedAndStored(runs: WrkFormResult[], stored: string[]): number {
  const set = new Set(stored);
  return runs.reduce((n, r) => n + r.references.filter((ref) => set.has(ref)).length, 0);
}

/**
 * The runs of one server: posts of the real form, then the same number of seconds of posts that fill
 * the honeypot, which the action answers with the same 303 before any schema or database work: what
 * Next's Server Action path alone costs on this machine (decision 0071).
 */
async function postRuns(
  baseUrl: string,
  o: RegistrationOptions,
  label: string,
  workDir: string,
): Promise<{ real: WrkFormResult[]; floor: WrkFormResult[] }> {
  const template = parseForm(await (await fetch(`${baseUrl}/participate`)).text());
  const bot: FormTemplate = { ...template, hidden: [...template.hidden, [HONEYPOT_FIELD, 'https://spam.example']] };
  // Untimed warm-up of both paths: the first posts load the action's modules and compile the schema, and
  // 32 of them waiting on that would stand for the first seconds of a server's life, not its pace.
  for (const [t, suffix] of [[template, 'wr'], [bot, 'wh']] as const) {
    await wrkRegistrations(baseUrl, t, { runId: `${label}${suffix}${Date.now().toString(36)}`, seconds: WARM_UP_SECONDS, connections: o.concurrency, workDir });
  }
  const real: WrkFormResult[] = [];
  const floor: WrkFormResult[] = [];
  for (let run = 0; run < o.runs; run += 1) {
    const runId = `${label}${run}${Date.now().toString(36)}`;
    const r = await wrkRegistrations(baseUrl, template, { runId, seconds: o.seconds, connections: o.concurrency, workDir });
    real.push(r);
    o.log(`registrations ${label} run ${run + 1}: ${r.perSecond.toFixed(0)}/s p99 ${r.p99.toFixed(0)} ms (${r.failed} failed)`);
    const f = await wrkRegistrations(baseUrl, bot, { runId: `${runId}h`, seconds: o.seconds, connections: o.concurrency, workDir });
    floor.push(f);
    o.log(`honeypot ${label} run ${run + 1}: ${f.perSecond.toFixed(0)}/s p99 ${f.p99.toFixed(0)} ms`);
  }
  return { real, floor };
}

function rowsFor(part: string, measure: string, runs: { real: WrkFormResult[]; floor: WrkFormResult[] }, raw: RunResult, rawLabel: string, stored: string[]): BenchRow[] {
  const s = summarise(runs.real);
  const floor = summarise(runs.floor);
  const found = ackedAndStored(runs.real, stored);
  return [
    { part, measure, value: s.perSecond, unit: '/s', anchor: { label: rawLabel, value: raw.perSecond }, ratio: s.perSecond / raw.perSecond, target: '>= 300/s', pass: s.perSecond >= 300 },
    { part, measure: 'same posts, honeypot filled (Next alone)', value: floor.perSecond, unit: '/s', anchor: { label: 'registrations', value: s.perSecond }, ratio: s.perSecond / floor.perSecond, note: 'the ceiling of this path' },
    { part, measure: 'Server Action p50', value: s.p50, unit: 'ms', anchor: { label: 'raw tx p50', value: raw.p50 } },
    { part, measure: 'Server Action p99', value: s.p99, unit: 'ms', anchor: { label: 'honeypot p99', value: floor.p99 }, target: '<= 250 ms', pass: s.p99 <= 250 },
    {
      part,
      measure: 'acknowledged and stored',
      value: found,
      unit: 'rows',
      anchor: { label: 'acknowledged', value: s.acked },
      target: 'none lost',
      pass: found === s.acked,
      note: `${s.failed} not acknowledged; ${stored.length - found} other bench rows stored (warm-up, and posts cut off by the end of a run)`,
    },
  ];
}

export async function benchRegistrations(o: RegistrationOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // --- SQLite: one `next start` on a fresh file (one process owns a SQLite database), raw inserts into the same file.
  {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dei-bench-sqlite-'));
    const file = path.join(dir, 'bench.sqlite');
    const env = { ...o.env, DATABASE_URL: `file:${file}`, RATE_LIMIT_MAX: BENCH_RATE_LIMIT };
    const instance = await startInstance({ name: 'bench-sqlite', port: 0, distDir: o.distDir, env, logDir: dir, readyPath: '/participate', args: o.serverArgs });
    let runs: { real: WrkFormResult[]; floor: WrkFormResult[] };
    try {
      runs = await postRuns(`http://127.0.0.1:${instance.port}`, o, 'sqlite', dir);
    } finally {
      instance.kill('SIGTERM');
      await instance.exited;
    }
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const stored = (db.prepare(STORED_SQL).all() as { reference: string }[]).map((r) => r.reference);
    for (const sql of RAW_TABLES) db.exec(sql);
    const insertReg = db.prepare('INSERT INTO bench_registrations VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
    const insertGroup = db.prepare('INSERT INTO bench_registration_groups VALUES (?, ?)');
    const tx = db.transaction((row: string[]) => {
      insertReg.run(...row);
      insertGroup.run(row[0], 'wg1');
    });
    const rawRuns: RunResult[] = [];
    for (let run = 0; run < o.runs; run += 1) {
      const runId = `r${run}${Date.now().toString(36)}`;
      // better-sqlite3 is synchronous: concurrency is one, as in the server process.
      rawRuns.push(await drive(o.rawPerRun, 1, async (n) => (tx(rawRow(n, runId)), true)));
    }
    db.close();
    rows.push(...rowsFor('registrations SQLite', `Server Action, ${o.concurrency} clients, next start`, runs, summarise(rawRuns), 'raw better-sqlite3 tx', stored));
  }

  // --- PostgreSQL: the cluster (nginx + 2 instances), raw inserts with 32 pooled connections into the same database.
  {
    recreateDatabase(o.postgresUrl);
    const cluster = await startCluster({ instances: 2, distDir: o.distDir, databaseUrl: o.postgresUrl, env: { ...o.env, RATE_LIMIT_MAX: BENCH_RATE_LIMIT }, accessLog: false, readyPath: '/participate', log: o.log, serverArgs: o.serverArgs });
    let runs: { real: WrkFormResult[]; floor: WrkFormResult[] };
    try {
      runs = await postRuns(cluster.url, o, 'postgres', cluster.prefix);
    } finally {
      await cluster.stop();
    }
    const pool = new Pool({ connectionString: o.postgresUrl, max: o.concurrency });
    try {
      const stored = (await pool.query<{ reference: string }>(STORED_SQL)).rows.map((r) => r.reference);
      for (const sql of RAW_TABLES) await pool.query(sql);
      const rawRuns: RunResult[] = [];
      for (let run = 0; run < o.runs; run += 1) {
        const runId = `q${run}${Date.now().toString(36)}`;
        rawRuns.push(
          await drive(o.rawPerRun, o.concurrency, async (n) => {
            const row = rawRow(n, runId);
            const client = await pool.connect();
            try {
              await client.query('BEGIN');
              await client.query('INSERT INTO bench_registrations VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)', row);
              await client.query('INSERT INTO bench_registration_groups VALUES ($1, $2)', [row[0], 'wg1']);
              await client.query('COMMIT');
              return true;
            } finally {
              client.release();
            }
          }),
        );
      }
      rows.push(
        ...rowsFor('registrations PostgreSQL', `Server Action via nginx + 2 instances, ${o.concurrency} clients`, runs, summarise(rawRuns), `raw pg tx, ${o.concurrency} conns`, stored),
      );
    } finally {
      await pool.end();
    }
  }
  return rows;
}
