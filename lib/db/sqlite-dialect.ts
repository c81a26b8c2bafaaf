import { sql, SqliteAdapter, SqliteDialect, type DialectAdapter, type Kysely, type MigrationLockOptions } from 'kysely';

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

export class LockingSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new LockingSqliteAdapter();
  }
}
