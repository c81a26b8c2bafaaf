import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { serverEnv, sites } from '../support/sites';

/** The form's own servers (kill and fault tests) use ports 3300-3399 and the fixtures build. */
export const FORM_PORTS = { concurrency: 3301, kill: 3302, readOnly: 3303, rateLimit: 3304, postgresA: 3305, postgresB: 3306, postgresDown: 3307 } as const;

export interface RunningServer {
  origin: string;
  process: ChildProcess;
  log: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts `next start` on the fixtures build with its own database; resolves once it answers. */
export async function startServer(options: {
  port: number;
  databaseFile: string;
  env?: Record<string, string>;
  /** Run as another user (uid:gid), e.g. to make file permissions bite. */
  asUser?: { uid: number; gid: number };
}): Promise<RunningServer> {
  const site = sites.fixtures;
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, ...serverEnv(site), DATABASE_URL: `file:${options.databaseFile}`, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      uid: options.asUser?.uid,
      gid: options.asUser?.gid,
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const res = await fetch(`${origin}/participate`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    process: child,
    log: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The hidden fields React puts in the server-rendered form (the action id and its bound state). */
export async function actionFields(origin: string): Promise<[string, string][]> {
  const html = await (await fetch(`${origin}/participate`)).text();
  const fields: [string, string][] = [];
  for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (name?.startsWith('$ACTION')) fields.push([decodeEntities(name), decodeEntities(value)]);
  }
  if (fields.length === 0) throw new Error('no Server Action fields found in the form');
  return fields;
}

function decodeEntities(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export const completeForm = (email: string): [string, string][] => [
  ['fullName', 'Anna Müller'],
  ['email', email],
  ['organisation', 'Ministry of Economy'],
  ['country', 'DE'],
  ['organisationType', 'member-state-authority'],
  ['groups', 'wg1'],
  ['consent', 'yes'],
];

/** Posts the form as a browser without JavaScript does: multipart, same origin, no redirect following. */
export async function postForm(
  origin: string,
  hidden: [string, string][],
  fields: [string, string][],
  headers: Record<string, string> = {},
): Promise<{ status: number; location: string | null; body: string }> {
  const data = new FormData();
  for (const [k, v] of [...hidden, ...fields]) data.append(k, v);
  const res = await fetch(`${origin}/participate`, {
    method: 'POST',
    body: data,
    redirect: 'manual',
    headers: { Origin: origin, ...headers },
  });
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
}

export function referenceOf(location: string | null): string | null {
  return location ? new URL(location, 'http://x').searchParams.get('ref') : null;
}

/** Reads the stored registrations straight from the SQLite file (read-only). */
export function storedEmails(databaseFile: string): Map<string, string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('select email_key, reference from registrations').all() as { email_key: string; reference: string }[];
    return new Map(rows.map((r) => [r.email_key, r.reference]));
  } finally {
    db.close();
  }
}

export function integrityCheck(databaseFile: string): string {
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

export function freshDatabaseFile(dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.sqlite`);
}
