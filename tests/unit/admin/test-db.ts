import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, migrateToLatest, type Db } from '@/lib/db/client';

/** A fresh, migrated SQLite file in a temporary folder: a real database, thrown away after the test. */
export async function freshSqlite(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-admin-'));
  const db = createDb(`file:${path.join(dir, 'test.sqlite')}`);
  await migrateToLatest(db);
  return {
    db,
    cleanup: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
