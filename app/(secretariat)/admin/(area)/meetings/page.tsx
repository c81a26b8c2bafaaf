import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { meetingsOverview, type MeetingOverview } from '@/lib/admin/meetings';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { adminWords } from '@/lib/admin/words';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { getDateFormat } from '@/lib/i18n/date-format';
import { TableHead } from '@/components/admin/table-head';

export const metadata: Metadata = adminPageMetadata(adminWords('meetings.title'), '/admin/meetings');

const cell = 'border-b border-rule px-2 py-2 align-top';

function todo(o: MeetingOverview): string {
  const items = [
    ...(o.change ? [adminWords('meetings.todo.change')] : []),
    ...(o.outcomesAudience !== null ? [adminWords('meetings.todo.outcomes')] : []),
    ...(o.placesForWaiting > 0 ? [adminWords('meetings.todo.places')] : []),
    ...(o.canAnnounce && o.reach > 0 ? [adminWords('meetings.todo.announce', { count: o.reach })] : []),
  ];
  return items.length ? items.join('; ') : adminWords('meetings.todo.nothing');
}

/** The meetings the secretariat can announce or has announced, with who was invited and who answered (S-INVITE). */
export default async function MeetingsPage() {
  const session = await requireAdmin();
  const db = await getDb();
  const now = new Date();
  const [overviews, dates] = await Promise.all([meetingsOverview(db, now), getDateFormat('en')]);
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-meetings', now });
  const columns = ['meeting', 'date', 'status', 'places', 'reach', 'invited', 'attending', 'waiting', 'todo'] as const;
  return (
    <AdminPage email={session.email} section="meetings">
      <h1 className="mb-4 text-3xl font-bold">{adminWords('meetings.title')}</h1>
      <p className="mb-6 max-w-3xl text-lg">{adminWords('meetings.lead')}</p>
      {overviews.length === 0 ? (
        <p className="text-lg">{adminWords('meetings.none')}</p>
      ) : (
        <table className="stacked-table w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{adminWords('meetings.caption')}</caption>
          <TableHead columns={columns.map((c) => adminWords(`meetings.columns.${c}`))} />
          <tbody>
            {overviews.map((o) => (
              <tr key={o.meeting.slug}>
                <th scope="row" data-label={adminWords('meetings.columns.meeting')} className={`${cell} font-normal`}>
                  <Link href={`/admin/meetings/${o.meeting.slug}`} prefetch={false}>
                    {o.meeting.title}
                  </Link>
                </th>
                <td data-label={adminWords('meetings.columns.date')} className={cell}>
                  {dates.meetingDate(o.meeting.date, o.meeting.timeZone, { status: o.meeting.status })}
                </td>
                <td data-label={adminWords('meetings.columns.status')} className={cell}>
                  {adminWords(`meetings.status.${o.meeting.status}`)}
                </td>
                <td data-label={adminWords('meetings.columns.places')} className={cell}>
                  {o.meeting.capacity ?? adminWords('meetings.unlimited')}
                </td>
                <td data-label={adminWords('meetings.columns.reach')} className={cell}>
                  {o.reach}
                </td>
                <td data-label={adminWords('meetings.columns.invited')} className={cell}>
                  {o.counts.invited}
                </td>
                <td data-label={adminWords('meetings.columns.attending')} className={cell}>
                  {o.counts.attending}
                </td>
                <td data-label={adminWords('meetings.columns.waiting')} className={cell}>
                  {o.counts.waiting}
                </td>
                <td data-label={adminWords('meetings.columns.todo')} className={cell}>
                  {todo(o)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminPage>
  );
}
