import 'server-only';
import { getMeetings, type Meeting } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { invitedRecipients } from '@/lib/db/invitations';
import { getEnv } from '@/lib/env';
import { scopedLogger } from '@/lib/log';
import { kickMailSender } from '@/lib/mail/worker';
import { queueParticipationMail } from './mailings';
import { reminderDue } from './rules';

/**
 * Queues every reminder due at `now` (S-INVITE-3) to those attending, each once: the claim is a unique
 * row per (meeting, person, 'reminder', meeting day) committed with the mail, so two instances running at
 * the same moment, or a restart half-way, send each reminder once. A meeting moved to another day has a
 * new day, so its attendees are reminded again. Returns how many reminders this call queued.
 *
 * @param meetings - the deployed meetings (English: only dates and status are read)
 * @param daysBefore - REMINDER_DAYS_BEFORE; 0 switches reminders off
 */
export async function sendDueReminders(db: Db, meetings: readonly Meeting[], now: Date, daysBefore: number): Promise<number> {
  let queued = 0;
  for (const meeting of meetings) {
    const days = reminderDue(meeting, now, daysBefore);
    if (days === null || meeting.date.precision !== 'day') continue;
    const occasion = meeting.date.day;
    for (const r of await invitedRecipients(db, meeting.slug, ['attending'])) {
      const sent = await db.transaction().execute((trx) =>
        queueParticipationMail(trx, { recipient: r, invitationId: r.invitationId, slug: meeting.slug, now, kind: 'reminder', occasion, daysBefore: days }),
      );
      if (sent) queued += 1;
    }
  }
  return queued;
}

const EVERY_MS = 10 * 60 * 1000;
const KEY = Symbol.for('dei-platform.reminders');
const slot = globalThis as unknown as Record<symbol, NodeJS.Timeout | undefined>;

/** Started with the server: looks for due reminders now and every ten minutes (the timer never keeps the process alive). */
export function startReminderSchedule(getDb: () => Promise<Db>): void {
  if (slot[KEY]) return;
  const run = async () => {
    try {
      const queued = await sendDueReminders(await getDb(), await getMeetings(), new Date(), getEnv().REMINDER_DAYS_BEFORE);
      if (queued > 0) {
        scopedLogger('participation').info({ queued }, 'reminders queued');
        kickMailSender();
      }
    } catch (error) {
      scopedLogger('participation').error({ err: error }, 'a reminder round failed');
    }
  };
  slot[KEY] = setInterval(() => void run(), EVERY_MS);
  slot[KEY].unref();
  void run();
}
