import { headers } from 'next/headers';
import { findMeetingForAdmin } from '@/lib/admin/meetings';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { adminWords } from '@/lib/admin/words';
import { requireAdmin } from '@/lib/auth/session';
import { toCsv } from '@/lib/csv/write';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { listAttendance } from '@/lib/db/invitations';
import { getEnv } from '@/lib/env';
import { clientKeyFrom } from '@/lib/registration/client-address';

/**
 * GET /admin/meetings/<slug>/attendance.csv: everyone invited to a meeting with their answer and waiting
 * list place, as CSV with the registrations export's safety (lib/csv/write.ts: BOM, every cell quoted,
 * formulas neutralised), for signed-in members only; audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const session = await requireAdmin();
  const { slug } = await params;
  const meeting = await findMeetingForAdmin(slug);
  if (!meeting) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const db = await getDb();
  const now = new Date();
  const [rows, labels] = await Promise.all([listAttendance(db, meeting.slug), getRegistrationLabels(now)]);
  await appendAudit(db, {
    actor: { accountId: session.accountId },
    action: 'attendance-export',
    target: { meeting: meeting.slug },
    clientKey: clientKeyFrom(await headers(), getEnv().TRUSTED_PROXY_HEADER),
    now,
  });
  const columns = ['reference', 'name', 'email', 'organisation', 'country', 'language', 'answer', 'position', 'answered', 'invited'] as const;
  const csv = toCsv(
    columns.map((c) => adminWords(`meetings.detail.columns.${c}`)),
    rows.map((r) => [
      r.reference,
      r.fullName,
      r.email,
      r.organisation,
      labels.country(r.country),
      r.language,
      adminWords(`meetings.detail.answers.${r.answer ?? 'none'}`),
      r.waitingPosition === null ? '' : String(r.waitingPosition),
      r.answeredAt ?? '',
      r.invitedAt,
    ]),
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="attendance-${meeting.slug}-${now.toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
