import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { startMailSender } from '@/lib/mail/worker';
import { startRetentionSchedule } from '@/lib/retention/run';
import { startReminderSchedule } from '@/lib/participation/reminders';
import { ensureBootstrapAccount } from './accounts';
import { scopedLogger } from '@/lib/log';

/** Everything the secretariat side starts with the server (called from instrumentation.ts). */
export async function startAdminServices(): Promise<void> {
  try {
    const outcome = await ensureBootstrapAccount(await getDb(), getEnv(), new Date());
    if (outcome === 'created') scopedLogger('admin').info('created the first secretariat account from ADMIN_EMAIL');
  } catch (error) {
    scopedLogger('admin').error({ err: error }, 'could not create the account from ADMIN_EMAIL and ADMIN_PASSWORD');
  }
  startMailSender();
  startRetentionSchedule();
  startReminderSchedule(getDb);
}
