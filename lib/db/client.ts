import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, sql, type Dialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { Pool } from 'pg';
import { getEnv } from '@/lib/env';
import { scopedLogger } from '@/lib/log';
import { migrations } from './migrations';
import { LockingSqliteDialect, withStatementCache } from './sqlite-dialect';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type DbKind = 'sqlite' | 'postgres';

/** `file:data/dei.sqlite`, `file:./x.db` and `file:///abs/x.db` all name a file; relative to the working directory. */
export function sqlitePathFromUrl(url: string): string {
  const rest = url.slice('file:'.length);
  return rest.startsWith('//') ? new URL(url).pathname : path.resolve(rest);
}

export function databaseKind(url: string): DbKind {
  return url.startsWith('file:') ? 'sqlite' : 'postgres';
}

/**
 * Switching a new file to WAL needs a moment of exclusive access; a second process opening the same new
 * file at that moment gets SQLITE_BUSY without the busy handler being consulted, so wait and try again.
 */
function setWalMode(database: SQLite.Database): void {
  for (let attempt = 1; ; attempt++) {
    try {
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (attempt >= 50 || (error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

function sqliteDialect(url: string): Dialect {
  const file = sqlitePathFromUrl(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file, { timeout: 5000 });
  // WAL: readers never block the writer. synchronous=FULL: a commit is on disk (WAL fsynced) before we
  // answer, so an acknowledged registration survives a power cut too, not only a process crash
  // (docs/decisions/0041-sqlite-durability.md).
  database.pragma('busy_timeout = 5000');
  setWalMode(database);
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  return new LockingSqliteDialect({ database: withStatementCache(database) });
}

function postgresDialect(url: string): Dialect {
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client whose server went away emits 'error'; without a listener that would crash the process.
  pool.on('error', (error) => scopedLogger('db').error({ err: error }, 'an idle PostgreSQL client failed'));
  return new PostgresDialect({ pool });
}

/** A new connection (SQLite) or pool (PostgreSQL). The app uses `getDb()`; tests and scripts use this. */
export function createDb(url: string): Db {
  return new Kysely<Database>({ dialect: databaseKind(url) === 'sqlite' ? sqliteDialect(url) : postgresDialect(url) });
}

/**
 * Brings the schema up to date. Kysely's migrator takes a lock (an advisory lock on PostgreSQL), so two
 * instances starting at once on one database run each migration exactly once.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await (await migratorFor(db)).migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Error') scopedLogger('db').error({ migration: r.migrationName }, 'a migration failed');
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

async function migratorFor(db: Db): Promise<Migrator> {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its own tables in every schema unless told which; name the one we write to
    // (search_path decides it), so a database holding several schemas is not mistaken for migrated.
    migrationTableSchema: await currentSchema(db),
  });
}

/** Every migration, in order, with when it was applied (undefined: pending). For `npm run db:migrate`. */
export async function migrationStatus(db: Db): Promise<{ name: string; appliedAt?: Date }[]> {
  return (await (await migratorFor(db)).getMigrations()).map((m) => ({ name: m.name, appliedAt: m.executedAt }));
}

async function currentSchema(db: Db): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

interface DbState {
  db?: Db;
  ready?: Promise<Db>;
}

// Next bundles instrumentation.ts apart from the routes, so a module-level variable would exist twice;
// one slot on globalThis keeps one connection per process.
const STATE_KEY = Symbol.for('dei-platform.db');
const globalState = globalThis as unknown as Record<symbol, DbState | undefined>;
function state(): DbState {
  return (globalState[STATE_KEY] ??= {});
}

/**
 * The process's database, migrated. The first call runs the migrations; if they fail (database down,
 * file not writable) the next call tries again, so the site recovers without a restart.
 */
export function getDb(): Promise<Db> {
  const s = state();
  if (!s.ready) {
    s.db ??= createDb(getEnv().DATABASE_URL);
    const db = s.db;
    s.ready = migrateToLatest(db).then(
      () => db,
      (error: unknown) => {
        s.ready = undefined;
        throw error;
      },
    );
  }
  return s.ready;
}
