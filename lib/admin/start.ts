import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { startMailSender } from '@/lib/mail/worker';
import { startRetentionSchedule } from '@/lib/retention/run';
import { ensureBootstrapAccount } from './accounts';

/** Everything the secretariat side starts with the server (called from instrumentation.ts). */
export async function startAdminServices(): Promise<void> {
  try {
    const outcome = await ensureBootstrapAccount(await getDb(), getEnv(), new Date());
    if (outcome === 'created') console.info('[admin] created the first secretariat account from ADMIN_EMAIL');
  } catch (error) {
    console.error('[admin] could not create the account from ADMIN_EMAIL/ADMIN_PASSWORD:', error);
  }
  startMailSender();
  startRetentionSchedule();
}
