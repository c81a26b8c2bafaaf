import 'server-only';
import { sql } from 'kysely';
import { getDb } from './client';

/** True when the database is migrated and answers a query. */
export async function isDatabaseHealthy(): Promise<boolean> {
  try {
    const db = await getDb();
    await sql`select 1`.execute(db);
    return true;
  } catch (error) {
    console.error('[health] database unavailable:', error instanceof Error ? error.message : error);
    return false;
  }
}
