import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, test } from 'vitest';
import { exportCsvChunks, exportHeader } from '@/lib/admin/export';
import { parseFilters } from '@/lib/admin/filters';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { allRegistrations, countByCountry, countByGroup, eraseRegistration, findRegistrations } from '@/lib/db/registration-admin';
import { listRegistrations, saveRegistration } from '@/lib/db/registrations';
import { enforceRetention } from '@/lib/retention/run';
import { dbTargets, freshDb, type DbTarget } from './test-db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const base = {
  organisation: 'Org',
  country: 'BE',
  organisationType: 'sme',
  groups: ['wg1'],
  meetingSlug: null,
  contribution: null,
  privacyVersion: '2026-01',
  language: 'pl',
};

async function seeded(target: DbTarget) {
  const { db, cleanup } = await freshDb(target);
  cleanups.push(cleanup);
  const people = [
    { fullName: '=HYPERLINK("http://evil.example","click")', email: 'a@example.eu', country: 'DE', groups: ['wg1', 'wg2'] },
    { fullName: '+cmd|" /C calc"!A0', email: 'b@example.eu', organisationType: 'other', contribution: '-2+3\r\nsecond line, with "quotes"' },
    { fullName: '@SUM(1,2)', email: 'c@example.eu', groups: ['wg3'] },
    { fullName: '\tTabbed Name', email: 'd@example.eu', country: 'FR' },
    { fullName: 'Zoë Ångström', email: 'e@example.eu', organisation: 'Café, "Ltd"' },
  ];
  let n = 0;
  for (const p of people) {
    n++;
    await saveRegistration(
      db,
      { ...base, ...p, emailKey: p.email },
      { now: new Date(Date.UTC(2026, 10, n)), newReference: () => `REF2345${n}`, changeExpiresAt: new Date(Date.UTC(2026, 11, n)) },
    );
  }
  return db;
}

async function csvOf(db: Awaited<ReturnType<typeof seeded>>, query: string): Promise<string> {
  const labels = await getRegistrationLabels(new Date());
  let csv = '';
  for await (const chunk of exportCsvChunks(db, parseFilters(new URLSearchParams(query)), labels)) csv += chunk;
  return csv;
}

describe.each(dbTargets)('$name', (target) => {
  test('the CSV parsed back by csv-parse equals what is stored, formula cells neutralised', async () => {
    const db = await seeded(target);
    const csv = await csvOf(db, '');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const stored = await listRegistrations(db);
    expect(records).toHaveLength(stored.length);
    const neutral = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    for (const s of stored) {
      const r = records.find((x) => x['Reference'] === s.reference);
      expect(r, s.reference).toBeDefined();
      expect(r!['Full name']).toBe(neutral(s.fullName));
      expect(r!['Email address']).toBe(s.email);
      expect(r!['Organisation']).toBe(neutral(s.organisation));
      expect(r!['Contribution']).toBe(neutral(s.contribution ?? ''));
      expect(r!['Last consent']).toBe(s.consentAt);
    }
    // The neutralisation is visible, and nothing else was altered.
    expect(records.map((r) => r['Full name'])).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(records.map((r) => r['Full name'])).toContain(`'\tTabbed Name`);
    expect(records.map((r) => r['Organisation'])).toContain('Café, "Ltd"');
    expect(Object.keys(records[0]!)).toEqual(exportHeader());
  });

  test('filters narrow the list, the counts and the export alike; search ignores case', async () => {
    const db = await seeded(target);
    const byGroup = await findRegistrations(db, parseFilters(new URLSearchParams('group=wg2')), { limit: 25, offset: 0 });
    expect(byGroup.rows.map((r) => r.email)).toEqual(['a@example.eu']);
    const search = await findRegistrations(db, parseFilters(new URLSearchParams('q=ZOË')), { limit: 25, offset: 0 });
    expect(search.rows.map((r) => r.email)).toEqual(['e@example.eu']);
    const byRef = await findRegistrations(db, parseFilters(new URLSearchParams('q=ref23453')), { limit: 25, offset: 0 });
    expect(byRef.rows.map((r) => r.email)).toEqual(['c@example.eu']);
    const wildcard = await findRegistrations(db, parseFilters(new URLSearchParams('q=%25')), { limit: 25, offset: 0 });
    expect(wildcard.total).toBe(0);
    expect((await findRegistrations(db, parseFilters(new URLSearchParams('status=confirmed')), { limit: 25, offset: 0 })).total).toBe(0);
    expect((await findRegistrations(db, parseFilters(new URLSearchParams('status=unconfirmed')), { limit: 25, offset: 0 })).total).toBe(5);
    const all = parseFilters(new URLSearchParams(''));
    expect(Object.fromEntries(await countByCountry(db, all))).toEqual({ BE: 3, DE: 1, FR: 1 });
    expect(Object.fromEntries(await countByGroup(db, all))).toEqual({ wg1: 4, wg2: 1, wg3: 1 });
    expect(Object.fromEntries(await countByGroup(db, parseFilters(new URLSearchParams('country=DE')))) ).toEqual({ wg1: 1, wg2: 1 });
    const exported = parse(await csvOf(db, 'country=BE&type=other'), { bom: true, columns: true }) as Record<string, string>[];
    expect(exported.map((r) => r['Email address'])).toEqual(['b@example.eu']);
  });

  test('erasing removes the registration and its groups, with its audit entry; retention erases only what is past its time', async () => {
    const db = await seeded(target);
    const [first] = await listRegistrations(db);
    const now = new Date('2026-11-20T00:00:00Z');
    const erase = { actor: { accountId: '7b0f4a55-0c4e-4c55-9a3e-2c9f0e3f4a10' }, action: 'erase' as const, now };
    expect(await eraseRegistration(db, first!.id, erase)).toBe(first!.reference);
    expect(await eraseRegistration(db, first!.id, erase)).toBeNull();
    expect(await listRegistrations(db)).toHaveLength(4);
    expect(await db.selectFrom('registration_groups').select('group_id').where('registration_id', '=', first!.id).execute()).toEqual([]);
    const audit = async () => db.selectFrom('audit_log').select(['actor', 'action', 'target']).orderBy('at').orderBy('target').execute();
    // One entry: the second call found nothing to erase and recorded nothing.
    expect(await audit()).toEqual([{ actor: 'account:7b0f4a55-0c4e-4c55-9a3e-2c9f0e3f4a10', action: 'erase', target: first!.reference }]);

    // Registered on 2–5 November 2026; confirm one of them.
    const rest = await listRegistrations(db);
    await db.updateTable('registrations').set({ confirmed_at: '2026-11-10T00:00:00.000Z' }).where('id', '=', rest[0]!.id).execute();
    const policy = { retentionDays: 365, unconfirmedRetentionDays: 30, auditRetentionDays: 0 };
    expect(await enforceRetention(db, policy, new Date('2026-12-03T12:00:00Z'))).toBe(1); // 3 Nov + 30 days
    expect(await enforceRetention(db, policy, new Date('2026-12-03T12:00:00Z'))).toBe(0);
    expect(await enforceRetention(db, policy, new Date('2027-01-01T00:00:00Z'))).toBe(2);
    expect((await listRegistrations(db)).map((r) => r.id)).toEqual([rest[0]!.id]);
    expect(await enforceRetention(db, policy, new Date('2027-11-03T00:00:00Z'))).toBe(1);
    expect(await listRegistrations(db)).toEqual([]);
    // Each erasure by retention has its own entry, by reference.
    const retention = (await audit()).filter((e) => e.action === 'retention');
    expect(retention.map((e) => [e.actor, e.target]).sort()).toEqual(rest.map((r) => ['system', r.reference]).sort());
  });

  test('the export reads one snapshot: registrations stored or erased while it streams neither repeat nor go missing', async () => {
    const db = await seeded(target);
    const before = (await listRegistrations(db)).map((r) => r.reference).sort();
    // Batches of 2 rows, newest first: a row stored between batches would push an exported one into the next.
    const batches = allRegistrations(db, {}, 2);
    const first = await batches.next();
    const exported = first.done ? [] : first.value.map((r) => r.reference);
    for (let i = 0; i < 3; i++) {
      await saveRegistration(
        db,
        { ...base, fullName: `Late ${i}`, email: `late${i}@example.eu`, emailKey: `late${i}@example.eu` },
        { now: new Date(Date.UTC(2026, 10, 20 + i)), newReference: () => `LATE234${i}`, changeExpiresAt: new Date(Date.UTC(2026, 11, 20)) },
      );
    }
    const [oldest] = await listRegistrations(db);
    await eraseRegistration(db, oldest!.id, { actor: 'system', action: 'retention', now: new Date() });
    for await (const batch of batches) exported.push(...batch.map((r) => r.reference));
    expect(exported.sort()).toEqual(before);
  });
});
