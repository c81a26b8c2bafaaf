import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runDir, serverEnv, type Site } from './sites';

export interface OwnServer {
  /** `http://127.0.0.1:<port>`: the port the system picked. */
  origin: string;
  /** A same-path URL on this server for a link whose origin is the build's SITE_URL (links in mail). */
  local: (link: URL | string) => string;
  databaseFile: string;
  log: () => string;
  stop: () => Promise<void>;
}

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The production server (`server.mjs`, what `npm start` runs) of one of the test builds on a port the system
 * picks (port 0), with a fresh SQLite
 * database of its own and `env` over the usual server environment, for specs that need a server
 * configured otherwise than the shared ones (a mail server, other retention periods). SITE_URL stays the
 * build's (it is baked into prerendered pages), so links in mail name the build's origin: `local()`
 * turns such a link into this server's.
 */
export async function startOwnServer(site: Site, name: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const dir = path.join(runDir(), 'own', `${name}-${process.pid}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  const databaseFile = path.join(dir, 'site.sqlite');
  const child = spawn(process.execPath, ['server.mjs', '--port', '0', '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv(site), DATABASE_URL: `file:${databaseFile}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + 60_000;
  let origin: string | null = null;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    origin ??= /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1] ?? null;
    if (origin) {
      const health = await fetch(`${origin}/api/health`).catch(() => null);
      if (health?.status === 200) break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const base = origin;
  return {
    origin: base,
    local: (link) => {
      const url = new URL(link);
      return `${base}${url.pathname}${url.search}`;
    },
    databaseFile,
    log: () => output,
    stop,
  };
}
