// Run by storage.test.ts as a separate process: migrates the database named on the command line.
import { createDb, migrateToLatest } from '@/lib/db/client';

async function main(url: string | undefined): Promise<void> {
  if (!url) throw new Error('usage: migrate-child.ts <DATABASE_URL>');
  const db = createDb(url);
  await migrateToLatest(db);
  await db.destroy();
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
