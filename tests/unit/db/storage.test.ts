import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { createDb, migrateToLatest, type Db } from '@/lib/db/client';
import { migrations } from '@/lib/db/migrations';
import { hitRateLimit, pruneRateLimits } from '@/lib/db/rate-limits';
import {
  countRegistrations,
  findRegistrationByReference,
  listRegistrations,
  saveRegistration,
  type RegistrationInput,
} from '@/lib/db/registrations';
import { newReference, REFERENCE_PATTERN } from '@/lib/registration/reference';
import { eraseRegistration } from '@/lib/db/registration-admin';
import { applyChange, listChanges, pruneChanges } from '@/lib/db/registration-changes';
import { dbTargets } from './targets';

function runMigrateChild(url: string): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'migrate-child.ts'), url],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise((resolve) => child.on('exit', resolve));
}

function input(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    email: 'Anna@Example.eu',
    emailKey: 'anna@example.eu',
    fullName: 'Anna Müller',
    organisation: 'Ministry of Economy',
    country: 'DE',
    organisationType: 'member-state-authority',
    groups: ['wg1'],
    meetingSlug: null,
    contribution: null,
    privacyVersion: '1.0',
    language: 'pl',
    ...overrides,
  };
}

const now = new Date('2026-03-01T10:00:00Z');
const changeExpiresAt = new Date('2026-03-31T10:00:00Z');

describe.each(dbTargets)('storage on $name', (target) => {
  let db: Db;
  let drop: () => Promise<void>;
  let url: string;

  beforeEach(async () => {
    ({ url, drop } = await target.create());
    db = createDb(url);
    await migrateToLatest(db);
  });

  afterEach(async () => {
    await db.destroy();
    await drop();
  });

  test('migrations are recorded once each and running them again changes nothing', async () => {
    await migrateToLatest(db);
    const rows = await db
      .withoutPlugins()
      .selectFrom(sql`kysely_migration`.as('m'))
      .select(sql<string>`name`.as('name'))
      .execute();
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
  });

  test('two processes migrating the same fresh database at once both succeed', async () => {
    const fresh = await target.create();
    try {
      // Separate processes, as in production: better-sqlite3 is synchronous, so two connections in one
      // process would block each other rather than wait.
      const codes = await Promise.all([runMigrateChild(fresh.url), runMigrateChild(fresh.url)]);
      expect(codes).toEqual([0, 0]);
      const check = createDb(fresh.url);
      try {
        expect(await countRegistrations(check)).toBe(0);
        const names = await check
          .selectFrom(sql`kysely_migration`.as('m'))
          .select(sql<string>`name`.as('name'))
          .execute();
        expect(names).toHaveLength(Object.keys(migrations).length);
      } finally {
        await check.destroy();
      }
    } finally {
      await fresh.drop();
    }
  });

  test('a new address creates a registration with a reference and its groups', async () => {
    const saved = await saveRegistration(db, input({ groups: ['wg1', 'wg3'] }), { now, newReference, changeExpiresAt });
    expect(saved.outcome).toBe('created');
    expect(saved.reference).toMatch(REFERENCE_PATTERN);
    const stored = await findRegistrationByReference(db, saved.reference);
    expect(stored).toMatchObject({
      email: 'Anna@Example.eu',
      fullName: 'Anna Müller',
      groups: ['wg1', 'wg3'],
      consentAt: now.toISOString(),
      privacyVersion: '1.0',
      language: 'pl',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  test('the same address again changes nothing: it is stored as a proposed change with a reference of its own', async () => {
    const first = await saveRegistration(db, input({ groups: ['wg1'], contribution: 'Hubs' }), { now, newReference, changeExpiresAt });
    const later = new Date(now.getTime() + 60_000);
    const second = await saveRegistration(
      db,
      input({ email: 'ANNA@example.EU', fullName: 'Eve Stranger', groups: ['wg2'], privacyVersion: '1.1' }),
      { now: later, newReference, changeExpiresAt },
    );
    expect(second).toMatchObject({ id: first.id, outcome: 'proposed', changeId: expect.any(String) });
    expect(second.reference).toMatch(REFERENCE_PATTERN);
    expect(second.reference).not.toBe(first.reference);
    const all = await listRegistrations(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      fullName: 'Anna Müller',
      email: 'Anna@Example.eu',
      groups: ['wg1'],
      contribution: 'Hubs',
      privacyVersion: '1.0',
      consentAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(await listChanges(db, first.id)).toEqual([
      expect.objectContaining({
        id: second.changeId,
        reference: second.reference,
        fullName: 'Eve Stranger',
        email: 'ANNA@example.EU',
        groups: ['wg2'],
        createdAt: later.toISOString(),
        expiresAt: changeExpiresAt.toISOString(),
      }),
    ]);
  });

  test('applying a change replaces the details, merges the groups, keeps an empty answer, renews consent and confirms', async () => {
    const first = await saveRegistration(db, input({ groups: ['wg1'], contribution: 'Hubs', meetingSlug: 'm-1' }), { now, newReference, changeExpiresAt });
    const proposed = await saveRegistration(db, input({ fullName: 'Anna Schmidt', groups: ['wg3'], privacyVersion: '1.1' }), {
      now,
      newReference,
      changeExpiresAt,
    });
    const at = new Date(now.getTime() + 3_600_000);
    expect(await db.transaction().execute((trx) => applyChange(trx, proposed.changeId!, at))).toBe(first.id);
    const [stored] = await listRegistrations(db);
    expect(stored).toMatchObject({
      reference: first.reference,
      fullName: 'Anna Schmidt',
      groups: ['wg1', 'wg3'],
      contribution: 'Hubs',
      meetingSlug: 'm-1',
      privacyVersion: '1.1',
      consentAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
    const row = await db.selectFrom('registrations').select('confirmed_at').executeTakeFirstOrThrow();
    expect(row.confirmed_at).toBe(at.toISOString());
    expect(await listChanges(db, first.id)).toEqual([]);
    expect(await db.transaction().execute((trx) => applyChange(trx, proposed.changeId!, at))).toBeNull();
  });

  test('a proposed change goes when its registration is erased, and when it expires', async () => {
    const a = await saveRegistration(db, input(), { now, newReference, changeExpiresAt });
    await saveRegistration(db, input({ fullName: 'Someone else' }), { now, newReference, changeExpiresAt });
    const b = await saveRegistration(db, input({ email: 'b@example.eu', emailKey: 'b@example.eu' }), { now, newReference, changeExpiresAt });
    await saveRegistration(db, input({ email: 'b@example.eu', emailKey: 'b@example.eu', fullName: 'Other' }), { now, newReference, changeExpiresAt });
    await eraseRegistration(db, a.id, { actor: 'system', action: 'retention', now });
    expect(await db.selectFrom('registration_changes').select('registration_id').execute()).toEqual([{ registration_id: b.id }]);
    expect(await pruneChanges(db, new Date(changeExpiresAt.getTime() - 1))).toBe(0);
    expect(await pruneChanges(db, changeExpiresAt)).toBe(1);
    expect(await db.selectFrom('registration_changes').select('id').execute()).toEqual([]);
  });

  test('a reference that is already taken is replaced by a fresh one', async () => {
    const refs = ['AAAAAAAA', 'AAAAAAAA', 'BBBBBBBB'];
    const next = () => refs.shift() ?? newReference();
    await saveRegistration(db, input(), { now, newReference: next, changeExpiresAt });
    const other = await saveRegistration(db, input({ email: 'b@example.eu', emailKey: 'b@example.eu' }), {
      now,
      newReference: next,
      changeExpiresAt,
    });
    expect(other.reference).toBe('BBBBBBBB');
    expect(await countRegistrations(db)).toBe(2);
  });

  test('work joined to the registration\'s transaction commits with it, and its failure stores nothing', async () => {
    const joined = await saveRegistration(db, input(), {
      now,
      newReference,
      changeExpiresAt,
      alsoInTransaction: async (trx, saved) => {
        const row = await trx.selectFrom('registrations').select('reference').where('id', '=', saved.id).executeTakeFirst();
        expect(row?.reference).toBe(saved.reference);
      },
    });
    expect(await findRegistrationByReference(db, joined.reference)).not.toBeNull();

    await expect(
      saveRegistration(db, input({ email: 'b@example.eu', emailKey: 'b@example.eu' }), {
        now,
        newReference,
        changeExpiresAt,
        alsoInTransaction: async () => {
          throw new Error('mail could not be queued');
        },
      }),
    ).rejects.toThrow('mail could not be queued');
    expect(await countRegistrations(db)).toBe(1);
    const groups = await db.selectFrom('registration_groups').select('registration_id').execute();
    expect(groups.map((g) => g.registration_id)).toEqual([joined.id]);
  });

  test('concurrent registrations with distinct addresses are all stored', async () => {
    const n = 60;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        saveRegistration(db, input({ email: `p${i}@example.eu`, emailKey: `p${i}@example.eu` }), { now, newReference, changeExpiresAt }),
      ),
    );
    expect(results.every((r) => r.outcome === 'created')).toBe(true);
    expect(new Set(results.map((r) => r.reference)).size).toBe(n);
    expect(await countRegistrations(db)).toBe(n);
  });

  test('concurrent submissions of one new address leave one registration and a proposed change for each other one', async () => {
    const groups = ['wg1', 'wg2', 'wg3', 'wg4', 'wg5', 'wg6'];
    const results = await Promise.all(groups.map((g) => saveRegistration(db, input({ groups: [g] }), { now, newReference, changeExpiresAt })));
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'proposed')).toHaveLength(5);
    expect(new Set(results.map((r) => r.reference)).size).toBe(6);
    const all = await listRegistrations(db);
    expect(all).toHaveLength(1);
    const changes = await listChanges(db, all[0]!.id);
    expect([...all[0]!.groups, ...changes.flatMap((c) => c.groups)].sort()).toEqual(groups);
  });

  test('text is stored exactly: quotes, SQL, markup, emoji, right-to-left and combining characters', async () => {
    const fullName = `Zoë O'Brien "; DROP TABLE registrations; -- <script>alert(1)</script> 👩🏽‍💻 مريم`;
    const contribution = 'Line one\nLine two — ½ ✓ \u00e9';
    const saved = await saveRegistration(db, input({ fullName, contribution }), { now, newReference, changeExpiresAt });
    const stored = await findRegistrationByReference(db, saved.reference);
    expect(stored?.fullName).toBe(fullName);
    expect(stored?.contribution).toBe(contribution);
    expect(await countRegistrations(db)).toBe(1);
  });

  test('the rate limit counts hits per key within a window and starts again in the next', async () => {
    const opts = { now, windowSeconds: 600 };
    expect(await hitRateLimit(db, 'ip:1', opts)).toBe(1);
    expect(await hitRateLimit(db, 'ip:1', opts)).toBe(2);
    expect(await hitRateLimit(db, 'ip:2', opts)).toBe(1);
    const nextWindow = { now: new Date(now.getTime() + 600_000), windowSeconds: 600 };
    expect(await hitRateLimit(db, 'ip:1', nextWindow)).toBe(1);
  });

  test('concurrent hits on one key are each counted', async () => {
    const counts = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(db, 'direct', { now, windowSeconds: 60 })));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  test('pruning deletes a row once its own window has ended, whatever its length (clock passed in)', async () => {
    await hitRateLimit(db, 'ip:minute', { now, windowSeconds: 60 });
    await hitRateLimit(db, 'mail:day', { now, windowSeconds: 86_400 });
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const minuteEnds = new Date((nowSeconds - (nowSeconds % 60) + 60) * 1000);
    const dayEnds = new Date((nowSeconds - (nowSeconds % 86_400) + 86_400) * 1000);
    const keys = async () => (await db.selectFrom('rate_limits').select('key').orderBy('key').execute()).map((k) => k.key);

    expect(await pruneRateLimits(db, new Date(minuteEnds.getTime() - 1000))).toBe(0);
    expect(await keys()).toEqual(['ip:minute', 'mail:day']);
    expect(await pruneRateLimits(db, minuteEnds)).toBe(1);
    expect(await keys()).toEqual(['mail:day']);
    expect(await pruneRateLimits(db, new Date(dayEnds.getTime() - 1000))).toBe(0);
    expect(await pruneRateLimits(db, dayEnds)).toBe(1);
    expect(await keys()).toEqual([]);
  });

  test("a hit in a new window moves the row's end with it", async () => {
    await hitRateLimit(db, 'ip:1', { now, windowSeconds: 60 });
    const later = new Date(now.getTime() + 120_000);
    await hitRateLimit(db, 'ip:1', { now: later, windowSeconds: 60 });
    expect(await pruneRateLimits(db, new Date(now.getTime() + 60_000))).toBe(0);
    expect(await db.selectFrom('rate_limits').select(['key', 'count']).execute()).toEqual([{ key: 'ip:1', count: 1 }]);
  });
});
