// Run by participation.test.ts as separate processes: one "instance" of the site working on a shared
// database, so that two of them race for real (SQLite's locks are per process, PostgreSQL's per session).
// Prints its result as one JSON line.
import { createDb } from '@/lib/db/client';

async function main(): Promise<void> {
  const [url, mode, arg] = process.argv.slice(2);
  if (!url || !mode || !arg) throw new Error('usage: race-child.ts <DATABASE_URL> attend|remind <json>');
  const db = createDb(url);
  try {
    if (mode === 'attend') {
      const { answerInvitation } = await import('@/lib/db/invitations');
      const { ids, capacity, at } = JSON.parse(arg) as { ids: string[]; capacity: number; at: string };
      const results = await Promise.all(ids.map((invitationId) => answerInvitation(db, { invitationId, choice: 'attend', capacity, now: new Date(at) })));
      console.log(JSON.stringify(results.map((r) => r?.answer ?? null)));
    } else {
      const { getMeetings } = await import('@/lib/content');
      const { sendDueReminders } = await import('@/lib/participation/reminders');
      const { at, days } = JSON.parse(arg) as { at: string; days: number };
      console.log(JSON.stringify(await sendDueReminders(db, await getMeetings(), new Date(at), days)));
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
