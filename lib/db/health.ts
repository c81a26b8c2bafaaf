import 'server-only';
import { sql } from 'kysely';
import { getDb } from './client';
import { scopedLogger } from '@/lib/log';

/** True when the database is migrated and answers a query. */
export async function isDatabaseHealthy(): Promise<boolean> {
  try {
    const db = await getDb();
    await sql`select 1`.execute(db);
    return true;
  } catch (error) {
    scopedLogger('health').error({ err: error }, 'the database is unavailable');
    return false;
  }
}
