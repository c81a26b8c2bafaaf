import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { databaseKind, sqlitePathFromUrl } from '@/lib/db/client';

const run = promisify(execFile);

/**
 * Backups and restores of the site's database (S-OPS-6, decision 0125), for `npm run db:backup` and
 * `npm run db:restore`. Both work while the site runs and registrations arrive:
 *
 * - SQLite: `VACUUM INTO` writes a compacted copy from one read transaction, a consistent snapshot that
 *   WAL mode lets writers go on beside (the online backup API would restart on every write from the
 *   server); the copy is checked with `PRAGMA integrity_check` before it counts as a backup.
 * - PostgreSQL: `pg_dump` in its custom format, which reads one repeatable-read snapshot, of the schema the
 *   connection uses (its search_path), so a database holding several sites' schemas backs up only ours.
 *
 * A restore replaces the database: for SQLite the checked copy is renamed over the file (stop the site
 * first: an open connection keeps the old file); for PostgreSQL `pg_restore --clean` recreates the schema's
 * tables and rows.
 */

/** Checks a SQLite file; returns "ok" or SQLite's list of problems. */
export function sqliteIntegrity(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
  } finally {
    db.close();
  }
}

async function postgresSchema(url: string): Promise<string> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ schema: string }>('select current_schema() as schema');
    return rows[0]!.schema;
  } finally {
    await pool.end();
  }
}

/** The libpq connection string and environment for a URL that may carry `options=-c search_path=…`. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const options = u.searchParams.get('options');
  u.searchParams.delete('options');
  return { dbname: u.toString(), env: { ...process.env, ...(options ? { PGOPTIONS: options } : {}) } };
}

/** Writes a consistent backup of `databaseUrl` to `file` (which must not exist); returns the file. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<string> {
  if (fs.existsSync(file)) throw new Error(`${file} exists already; a backup never overwrites a file`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (databaseKind(databaseUrl) === 'sqlite') {
    const source = new SQLite(sqlitePathFromUrl(databaseUrl), { fileMustExist: true, timeout: 5000 });
    try {
      source.prepare('VACUUM INTO ?').run(path.resolve(file));
    } finally {
      source.close();
    }
    const check = sqliteIntegrity(file);
    if (check !== 'ok') throw new Error(`the backup ${file} failed its integrity check: ${check}`);
    return file;
  }
  const schema = await postgresSchema(databaseUrl);
  const { dbname, env } = libpqTarget(databaseUrl);
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--schema=${schema}`, `--file=${file}`, `--dbname=${dbname}`], { env });
  return file;
}

/**
 * Replaces the database of `databaseUrl` with the backup in `file`. SQLite: the backup is checked, copied
 * beside the database and renamed over it (with the old file's -wal and -shm removed), so a crash leaves
 * either the old database or the restored one. PostgreSQL: pg_restore --clean in one transaction.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  if (databaseKind(databaseUrl) === 'sqlite') {
    const check = sqliteIntegrity(file);
    if (check !== 'ok') throw new Error(`the backup ${file} failed its integrity check: ${check}`);
    const target = sqlitePathFromUrl(databaseUrl);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const staged = `${target}.restoring`;
    fs.copyFileSync(file, staged);
    fs.rmSync(`${target}-wal`, { force: true });
    fs.rmSync(`${target}-shm`, { force: true });
    fs.renameSync(staged, target);
    return;
  }
  const { dbname, env } = libpqTarget(databaseUrl);
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, file], { env });
}
