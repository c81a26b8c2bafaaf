import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readyUrl } from '../../../deploy/cluster/ports';
import { serverEnv, sites } from '../support/sites';

export interface RunningServer {
  origin: string;
  process: ChildProcess;
  log: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * Starts the production server (server.mjs, as `npm start`) on the fixtures build with its own database,
 * on a free port the kernel picks; resolves once it answers.
 */
export async function startServer(options: {
  databaseFile: string;
  env?: Record<string, string>;
  /** More arguments for server.mjs, such as ['--max-in-flight', '1']. */
  args?: string[];
  /** Run as another user (uid:gid), e.g. to make file permissions bite. */
  asUser?: { uid: number; gid: number };
}): Promise<RunningServer> {
  const site = sites.fixtures;
  const child = spawn(
    process.execPath,
    ['server.mjs', '--port', '0', '--hostname', '127.0.0.1', ...(options.args ?? [])],
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
  let origin: string | null = null;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    origin ??= readyUrl(output);
    if (origin) {
      const res = await fetch(`${origin}/participate`).catch(() => null);
      if (res && res.status < 500) break;
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin: origin!,
    process: child,
    log: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The hidden fields React puts in a server-rendered form (the action id and its bound state). */
export async function actionFields(origin: string, path = '/participate'): Promise<[string, string][]> {
  const html = await (await fetch(`${origin}${path}`)).text();
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
