import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, readyUrl } from './ports';
import { ensureDatabase, ensurePostgres, stopPostgres } from './postgres';
import { precompressDir } from './precompress';
import { loadSecurityHeaders, writeNginxPrefix } from './render-nginx';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** `npm start`: Next's server behind the front door that checks the environment first (decision 0120). */
export const SERVER_SCRIPT = path.join(REPO_ROOT, 'server.mjs');
const NGINX = '/usr/sbin/nginx';

export type ClusterOptions = {
  /** nginx's public port (loopback); by default a free one. */
  port?: number;
  /** First instance port, the following ones for the others; by default each takes a free one. */
  instancePort?: number;
  /** nginx's internal compression block (loopback); by default a free port. */
  gzipPort?: number;
  instances?: number;
  distDir?: string;
  databaseUrl?: string;
  /** Extra environment for every instance (CONTENT_DIR, RATE_LIMIT_MAX...). */
  env?: Record<string, string>;
  /** Extra environment for nginx (the freshness test gives it and the instances one moved clock). */
  nginxEnv?: Record<string, string>;
  /** More arguments for every instance's server.mjs (e.g. ['--max-in-flight', '32']). */
  serverArgs?: string[];
  testHeaders?: boolean;
  accessLog?: boolean;
  /** Path polled on each instance until it answers 200. */
  readyPath?: string;
  log?: (line: string) => void;
};

export type Instance = {
  name: string;
  port: number;
  logFile: string;
  child: ChildProcess;
  /** Sends a signal to the instance's whole process group. */
  kill: (signal: NodeJS.Signals) => void;
  exited: Promise<void>;
};

export type Cluster = {
  url: string;
  prefix: string;
  instances: Instance[];
  databaseUrl: string;
  nginxConf: string;
  /** Starts instance `index` again (same name, port and environment) after it stopped or was killed. */
  restart: (index: number) => Promise<Instance>;
  stop: () => Promise<void>;
};

export const DEFAULT_DATABASE_URL = 'postgres://dei:dei@127.0.0.1:5432/dei_cluster';

function spawnGroup(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): { child: ChildProcess; exited: Promise<void> } {
  const fd = openSync(logFile, 'a');
  const child = spawn(cmd, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', fd, fd] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${url}: the process exited before answering`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}

/** Waits for server.mjs's "ready" line in its log file and returns the URL it gives. */
async function waitForReadyLine(logFile: string, fromByte: number, timeoutMs: number, isAlive: () => boolean): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const url = existsSync(logFile) ? readyUrl(readFileSync(logFile).subarray(fromByte).toString('utf8')) : null;
    if (url) return url;
    if (!isAlive()) throw new Error('the process exited before it was ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no "ready" line within ${timeoutMs} ms`);
}

/** Starts one server (server.mjs, as `npm start` does) of the build in `distDir`; port 0 takes a free one. */
export async function startInstance(opts: {
  name: string;
  port: number;
  distDir: string;
  env: Record<string, string>;
  logDir: string;
  readyPath: string;
  /** More arguments for server.mjs (e.g. ['--max-in-flight', '32']). */
  args?: string[];
}): Promise<Instance> {
  const logFile = path.join(opts.logDir, `${opts.name}.log`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    // Next joins distDir to the project directory, so it must be relative.
    NEXT_DIST_DIR: path.relative(REPO_ROOT, opts.distDir),
    NEXT_COMPRESS: 'false',
    TRUSTED_PROXY_HEADER: 'x-real-ip',
    INSTANCE_NAME: opts.name,
    ...opts.env,
  };
  // A restarted instance appends to the same log: only the lines from this start count.
  const offset = existsSync(logFile) ? readFileSync(logFile).length : 0;
  const { child, exited } = spawnGroup(process.execPath, [SERVER_SCRIPT, '--port', String(opts.port), '--hostname', '127.0.0.1', ...(opts.args ?? [])], env, logFile);
  const instance: Instance = { name: opts.name, port: opts.port, logFile, child, exited, kill: (s) => killGroup(child, s) };
  try {
    const alive = () => child.exitCode === null && child.signalCode === null;
    const url = await waitForReadyLine(logFile, offset, 60_000, alive);
    instance.port = Number(new URL(url).port);
    await waitForHttp(`${url}${opts.readyPath}`, 60_000, alive);
  } catch (error) {
    instance.kill('SIGKILL');
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    throw new Error(`${opts.name} did not start: ${String(error)}\n${tail}`);
  }
  return instance;
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const log = options.log ?? (() => {});
  const port = options.port ?? (await freePort());
  const gzipPort = options.gzipPort ?? (await freePort());
  const count = options.instances ?? 2;
  const distDir = path.resolve(REPO_ROOT, options.distDir ?? process.env.NEXT_DIST_DIR ?? '.next');
  const databaseUrl = options.databaseUrl ?? DEFAULT_DATABASE_URL;
  const readyPath = options.readyPath ?? '/';

  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first (with NEXT_DIST_DIR if you use one).`);
  }

  const startedPostgres = databaseUrl.startsWith('postgres') ? ensurePostgres() : false;
  if (startedPostgres) log('PostgreSQL 15 started');
  if (databaseUrl.startsWith('postgres')) ensureDatabase(databaseUrl);

  const gz = await precompressDir(path.join(distDir, 'static'));
  if (gz > 0) log(`precompressed ${gz} static file(s)`);

  const prefix = await mkdtemp(path.join(os.tmpdir(), 'dei-cluster-'));
  // Every instance must decrypt the others' Server Action payloads: one key for the whole cluster.
  const encryptionKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString('base64');
  // databaseUrl wins over a DATABASE_URL in options.env: the cluster's database is the one it prepared.
  const env = { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encryptionKey, ...options.env, DATABASE_URL: databaseUrl };

  const instances: Instance[] = [];
  let restart: Cluster['restart'] = () => Promise.reject(new Error('the cluster is not started'));
  let nginx: { child: ChildProcess; exited: Promise<void> } | undefined;

  const stop = async () => {
    if (nginx) {
      killGroup(nginx.child, 'SIGQUIT');
      await Promise.race([nginx.exited, new Promise((r) => setTimeout(r, 5000))]);
      killGroup(nginx.child, 'SIGKILL');
    }
    for (const i of instances) i.kill('SIGTERM');
    await Promise.race([Promise.all(instances.map((i) => i.exited)), new Promise((r) => setTimeout(r, 10_000))]);
    for (const i of instances) i.kill('SIGKILL');
    if (startedPostgres) {
      stopPostgres();
      log('PostgreSQL 15 stopped (this run started it)');
    }
  };

  try {
    // Start the first instance alone: it runs the migrations, so the others do not race it.
    const launch = (n: number, instancePort: number) =>
      startInstance({ name: `instance-${n + 1}`, port: instancePort, distDir, env, logDir: prefix, readyPath, args: options.serverArgs });
    // A restarted instance takes its old port back: nginx's upstream list names it.
    restart = async (index: number) => {
      const old = instances[index];
      if (!old) throw new Error(`no instance ${index}`);
      old.kill('SIGKILL');
      await old.exited;
      instances[index] = await launch(index, old.port);
      return instances[index]!;
    };
    for (let n = 0; n < count; n += 1) {
      const instance = await launch(n, options.instancePort === undefined ? 0 : options.instancePort + n);
      instances.push(instance);
      log(`${instance.name} on http://127.0.0.1:${instance.port} (log ${instance.logFile})`);
    }
    const nginxConf = await writeNginxPrefix({
      prefix,
      listenAddr: '127.0.0.1',
      listenPort: port,
      gzipPort,
      upstreams: instances.map((i) => `127.0.0.1:${i.port}`),
      staticDir: path.join(distDir, 'static'),
      serverName: 'localhost',
      bodyLimit: '1m',
      workerProcesses: 'auto',
      securityHeaders: await loadSecurityHeaders(),
      testHeaders: options.testHeaders ?? false,
      accessLog: options.accessLog ?? true,
    });
    const nginxLog = path.join(prefix, 'logs', 'nginx.stderr.log');
    const check = spawnGroup(NGINX, ['-t', '-q', '-p', prefix, '-c', nginxConf], process.env, nginxLog);
    await check.exited;
    if (check.child.exitCode !== 0) throw new Error(`nginx -t refused ${nginxConf}:\n${readFileSync(nginxLog, 'utf8')}`);
    // nginx hands its workers only the variables an `env` directive names.
    const keep = Object.keys(options.nginxEnv ?? {}).map((name) => `env ${name}; `).join('');
    nginx = spawnGroup(NGINX, ['-p', prefix, '-c', nginxConf, '-g', `${keep}daemon off;`], { ...process.env, ...options.nginxEnv }, nginxLog);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}${readyPath}`, 15_000, () => nginx?.child.exitCode === null);
    return { url, prefix, instances, databaseUrl, nginxConf, restart, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
