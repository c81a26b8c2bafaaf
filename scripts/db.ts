/**
 * Database operations (S-OPS-6), on the database DATABASE_URL names:
 *
 *   npm run db:backup                       a consistent online backup into backups/ (or --out FILE)
 *   npm run db:restore -- FILE --yes        replace the database with a backup (stop the site first), then
 *                                           erase again what was erased after the backup (S-PRIVACY-2): the
 *                                           erasures are read first from the database being replaced, or
 *                                           from --erasures-from URL; --without-erasures when neither exists
 *   npm run db:migrate                      show every migration and whether it is applied
 *   npm run db:migrate -- --apply           apply the pending ones (the site also does this at start-up)
 *
 * docs/operations.md says when to use each.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, databaseKind, migrateToLatest, migrationStatus } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { backupDatabase, restoreDatabase } from '@/lib/ops/backup';
import { readErasures, reapplyErasures, type Erasure } from '@/lib/ops/erasures';

const USAGE =
  'Usage: tsx scripts/db.ts backup [--out FILE] | restore FILE --yes [--erasures-from URL | --without-erasures] | migrate [--apply]';

async function migrate(apply: boolean): Promise<number> {
  const db = createDb(getEnv().DATABASE_URL);
  try {
    if (apply) await migrateToLatest(db);
    const list = await migrationStatus(db);
    for (const m of list) console.log(`${m.appliedAt ? 'applied' : 'pending'}  ${m.name}${m.appliedAt ? `  ${m.appliedAt.toISOString()}` : ''}`);
    const pending = list.filter((m) => !m.appliedAt).length;
    console.log(pending === 0 ? 'The database is up to date.' : `${pending} migration(s) pending: run npm run db:migrate -- --apply`);
    return 0;
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      yes: { type: 'boolean', default: false },
      apply: { type: 'boolean', default: false },
      'erasures-from': { type: 'string' },
      'without-erasures': { type: 'boolean', default: false },
    },
  });
  const [command, file] = positionals;
  const url = getEnv().DATABASE_URL;
  switch (command) {
    case 'backup': {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const out = values.out ?? path.join('backups', `dei-${stamp}.${databaseKind(url) === 'sqlite' ? 'sqlite' : 'pgdump'}`);
      await backupDatabase(url, out);
      console.log(`Backup written to ${out} (integrity checked).`);
      return 0;
    }
    case 'restore': {
      if (!file) break;
      if (!values.yes) {
        console.error(`This replaces the database at DATABASE_URL with ${file}. Stop the site, then run again with --yes.`);
        return 2;
      }
      // Read before restoring: the restore replaces the log that holds them.
      let erasures: Erasure[] = [];
      if (!values['without-erasures']) {
        const source = values['erasures-from'] ?? url;
        try {
          erasures = await readErasures(source);
        } catch (error) {
          console.error(`Could not read the erasures recorded in ${source === url ? 'the database being replaced' : source}: ${error instanceof Error ? error.message : error}`);
          console.error('Registrations erased after the backup was taken would come back. Give the old database with');
          console.error('--erasures-from URL, or run again with --without-erasures and erase them from your own records.');
          return 2;
        }
      }
      await restoreDatabase(url, file);
      const erased = await reapplyErasures(url, erasures);
      console.log(`Restored ${file}; erased again ${erased.length} registration(s) erased after the backup${erased.length ? `: ${erased.join(', ')}` : ''}.`);
      return 0;
    }
    case 'migrate':
      return migrate(values.apply);
  }
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
