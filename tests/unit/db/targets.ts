import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The databases the storage suite runs on: a fresh SQLite file always, and PostgreSQL when
 * TEST_DATABASE_URL is set (CI: postgres://dei:dei@127.0.0.1:5432/dei_test). Each PostgreSQL run gets
 * its own schema (through search_path), so runs in parallel never see each other's tables.
 */
export interface DbTarget {
  name: string;
  /** A new, empty database; `drop` removes it. */
  create: () => Promise<{ url: string; drop: () => Promise<void> }>;
}

export const sqliteTarget: DbTarget = {
  name: 'SQLite',
  create: async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dei-db-'));
    return {
      url: `file:${path.join(dir, 'nested', 'test.sqlite')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export function postgresTarget(baseUrl: string): DbTarget {
  return {
    name: 'PostgreSQL',
    create: async () => {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const admin = new Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        url: url.toString(),
        drop: async () => {
          const c = new Client({ connectionString: baseUrl });
          await c.connect();
          await c.query(`drop schema ${schema} cascade`);
          await c.end();
        },
      };
    },
  };
}

const pgUrl = process.env.TEST_DATABASE_URL;
export const dbTargets: DbTarget[] = [sqliteTarget, ...(pgUrl ? [postgresTarget(pgUrl)] : [])];
