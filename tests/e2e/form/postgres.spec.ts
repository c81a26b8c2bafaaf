import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { actionFields, completeForm, postForm, referenceOf, startServer } from './support';

// CI sets TEST_DATABASE_URL (postgres://dei:dei@127.0.0.1:5432/dei_test); without it there is no PostgreSQL.
const baseUrl = process.env.TEST_DATABASE_URL;
test.describe.configure({ timeout: 240_000 });

test('two instances started together on one PostgreSQL store every one of 200 concurrent submissions once', async () => {
  test.skip(!baseUrl, 'TEST_DATABASE_URL is not set');
  const schema = `e2e_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(baseUrl ?? '');
  url.searchParams.set('options', `-c search_path=${schema}`);
  const env = { DATABASE_URL: url.toString(), RATE_LIMIT_MAX: '0' };
  const unused = path.join('/nonexistent', 'unused.sqlite'); // overridden by env.DATABASE_URL
  // Started at once: both run the migrations against the same empty schema.
  const servers = await Promise.all([
    startServer({ databaseFile: unused, env }),
    startServer({ databaseFile: unused, env }),
  ]);
  try {
    const hidden = await Promise.all(servers.map((s) => actionFields(s.origin)));
    const emails = Array.from({ length: 200 }, (_, i) => `pg-${i}@example.eu`);
    const results = await Promise.all(
      emails.map((e, i) => postForm(servers[i % 2]!.origin, hidden[i % 2]!, completeForm(e))),
    );
    const { rows } = await admin.query<{ email_key: string; reference: string }>(
      `select email_key, reference from ${schema}.registrations`,
    );
    const stored = new Map(rows.map((r) => [r.email_key, r.reference]));
    console.log(`[postgres] sent ${emails.length}, acknowledged ${results.filter((r) => r.status === 303).length}, stored ${stored.size}`);
    expect(results.map((r) => r.status)).toEqual(emails.map(() => 303));
    expect(emails.every((e, i) => stored.get(e) === referenceOf(results[i]?.location ?? null))).toBe(true);
    const migrations = await admin.query(`select count(*)::int as n from ${schema}.kysely_migration`);
    expect(migrations.rows[0].n).toBeGreaterThan(0);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
});
