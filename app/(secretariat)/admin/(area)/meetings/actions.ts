'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { findMeetingForAdmin, sendTestInvitation } from '@/lib/admin/meetings';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit, type AuditAction } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { kickMailSender } from '@/lib/mail/worker';
import { givePlacesToWaiting } from '@/lib/participation/attendance';
import { announceMeeting, sendChangeNotice, sendOutcomesNotice } from '@/lib/participation/mailings';
import { clientKeyFrom } from '@/lib/registration/client-address';

type Step = 'send' | 'test' | 'change' | 'outcomes' | 'places';
const AUDIT: Record<Step, AuditAction> = {
  send: 'invitations-sent',
  test: 'invitation-test',
  change: 'change-notice-sent',
  outcomes: 'outcomes-notice-sent',
  places: 'waiting-list-promoted',
};
const STEPS = Object.keys(AUDIT);

/**
 * The buttons of a meeting's page in the secretariat area: send the invitation, a test of it to oneself,
 * a change notice, an outcomes notice. Each is audited (by the meeting's slug, never a recipient), queues
 * its mail through the mail queue and shows the page again with what was queued.
 */
export async function meetingMailAction(formData: FormData): Promise<void> {
  const session = await requireAdmin();
  const step = formData.get('step');
  const slug = formData.get('slug');
  if (typeof slug !== 'string' || typeof step !== 'string' || !STEPS.includes(step)) redirect('/admin/meetings');
  const meeting = await findMeetingForAdmin(slug);
  if (!meeting) redirect('/admin/meetings');
  const db = await getDb();
  const now = new Date();
  let count = 0;
  const chosen = step as Step;
  try {
    if (chosen === 'send') count = await announceMeeting(db, meeting.slug, now);
    else if (chosen === 'test') await sendTestInvitation(db, meeting, session.email, now);
    else if (chosen === 'change') count = await sendChangeNotice(db, meeting.slug, now);
    else if (chosen === 'places') count = await givePlacesToWaiting(db, meeting, now);
    else count = await sendOutcomesNotice(db, meeting.slug, now);
  } catch (error) {
    console.error('[participation] a meeting mailing was refused:', error);
    redirect(`/admin/meetings/${meeting.slug}?done=refused`);
  }
  await appendAudit(db, {
    actor: { accountId: session.accountId },
    action: AUDIT[chosen],
    target: { meeting: meeting.slug },
    clientKey: clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER),
    now,
  });
  kickMailSender();
  redirect(`/admin/meetings/${meeting.slug}?done=${chosen}&count=${count}`);
}
