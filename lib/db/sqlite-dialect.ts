import {
  CompiledQuery,
  sql,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type MigrationLockOptions,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';

/**
 * Kysely assumes one process per SQLite file, so its migration lock does nothing and migrations run
 * outside a transaction. Two processes can open one file (a restart overlapping the old process, a CLI
 * beside the server), so here the migrations run in one transaction (SQLite supports transactional DDL)
 * that first writes the lock row: SQLite's write lock then serialises the processes, and the second one
 * reads the migration list only after the first has committed.
 */
class LockingSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  override async acquireMigrationLock(db: Kysely<any>, options: MigrationLockOptions): Promise<void> {
    await sql`update ${sql.table(options.lockTable)} set is_locked = is_locked where id = ${options.lockRowId}`.execute(db);
  }
}

/**
 * Transactions start with BEGIN IMMEDIATE: the write lock is taken (waiting up to busy_timeout) before
 * anything is read. With Kysely's plain deferred BEGIN, a transaction's first statement opens a read
 * snapshot and then asks for the write lock; if another process commits meanwhile, WAL mode refuses the
 * upgrade at once (SQLITE_BUSY_SNAPSHOT, no waiting), which failed a migration started by two processes.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class LockingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new LockingSqliteAdapter();
  }
}

/** Enough for every distinct query the app issues; past it the cache starts again rather than growing. */
const STATEMENT_CACHE_MAX = 500;

/**
 * Kysely's SQLite driver prepares every query anew, and for the registration path preparing cost as much
 * as running the statements (measured with `--cpu-prof` under `npm run bench`). better-sqlite3 statements
 * are reusable, and Kysely runs one query at a time on its single connection, so a statement is never used
 * by two queries at once; they are kept by their SQL text.
 */
export function withStatementCache(database: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_MAX) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
