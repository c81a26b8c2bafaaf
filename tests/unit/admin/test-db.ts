import { createDb, migrateToLatest, type Db } from '@/lib/db/client';
import { dbTargets, type DbTarget } from '../db/targets';

/** The form's database targets: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export { dbTargets, type DbTarget };

/** A fresh, migrated database on `target`: a real SQLite file or a PostgreSQL schema, dropped afterwards. */
export async function freshDb(target: DbTarget): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const { url, drop } = await target.create();
  const db = createDb(url);
  await migrateToLatest(db);
  return {
    db,
    cleanup: async () => {
      await db.destroy();
      await drop();
    },
  };
}

export function freshSqlite(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  return freshDb(dbTargets[0]!);
}
