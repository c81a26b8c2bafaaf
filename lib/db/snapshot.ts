import 'server-only';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, sql, SqliteDialect } from 'kysely';
import type { Db } from './client';
import type { Database } from './schema';

/**
 * Runs a reader that queries in several steps (the CSV export reads in batches) against one consistent
 * snapshot, so rows written or erased meanwhile can neither appear twice nor go missing between batches.
 *
 * - PostgreSQL: a REPEATABLE READ, READ ONLY transaction on one pooled connection.
 * - SQLite: a second, read-only connection to the same file in a deferred transaction. In WAL mode it
 *   reads the database as of its first query and never blocks the writer; the process's own connection,
 *   which every request shares, is not held for as long as a download lasts.
 *
 * The transaction ends (and the SQLite connection closes) when the reader finishes or the consumer stops
 * early (`return()` on the generator, as a cancelled response stream does).
 */
export async function* readInSnapshot<T>(db: Db, read: (snapshot: Db) => AsyncGenerator<T>): AsyncGenerator<T> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const trx = await db.startTransaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute();
    try {
      yield* read(trx);
    } finally {
      await trx.rollback().execute();
    }
    return;
  }
  const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = rows[0]?.file;
  if (!file) throw new Error('the SQLite database has no file to take a snapshot of');
  const snapshotDb = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true, fileMustExist: true, timeout: 5000 }) }),
  });
  try {
    const trx = await snapshotDb.startTransaction().execute();
    try {
      yield* read(trx);
    } finally {
      await trx.rollback().execute();
    }
  } finally {
    await snapshotDb.destroy();
  }
}
