import type { Metadata } from 'next';
import { AdminPage } from '@/components/admin/admin-page';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { listMail } from '@/lib/db/mail-queue';
import { getEnv } from '@/lib/env';
import { adminWords } from '@/lib/admin/words';
import { TableHead } from '@/components/admin/table-head';

export const metadata: Metadata = adminPageMetadata(adminWords('mail.title'), '/admin/mail');

const cell = 'border-b border-rule px-2 py-2 align-top';

export default async function MailQueuePage() {
  const session = await requireAdmin();
  const db = await getDb();
  const now = new Date();
  const { mail } = await listMail(db, { limit: 200, offset: 0 });
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-mail', now });
  return (
    <AdminPage email={session.email} section="mail">
      <h1 className="mb-6 text-3xl font-bold">{adminWords('mail.title')}</h1>
      <p className="mb-6 max-w-3xl border-l-8 border-eu-blue bg-surface p-4">{getEnv().SMTP_URL ? adminWords('mail.configured') : adminWords('mail.notConfigured')}</p>
      {mail.length === 0 ? (
        <p className="text-lg">{adminWords('mail.none')}</p>
      ) : (
        <table className="stacked-table w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{adminWords('mail.caption')}</caption>
          <TableHead columns={[adminWords('mail.columns.created'), adminWords('mail.columns.to'), adminWords('mail.columns.subject'), adminWords('mail.columns.status'), adminWords('mail.columns.attempts'), adminWords('mail.columns.next'), adminWords('mail.columns.error')]} />
          <tbody>
            {mail.map((m) => (
              <tr key={m.id}>
                <td data-label={adminWords('mail.columns.created')} className={`${cell} whitespace-nowrap`}>
                  {formatUtc(m.createdAt)}
                </td>
                <td data-label={adminWords('mail.columns.to')} className={`${cell} break-all`}>
                  {m.toAddress}
                </td>
                <td data-label={adminWords('mail.columns.subject')} className={cell}>
                  {m.subject}
                </td>
                <td data-label={adminWords('mail.columns.status')} className={cell}>
                  {adminWords(`mail.status.${m.status}`)}
                </td>
                <td data-label={adminWords('mail.columns.attempts')} className={cell}>
                  {m.attempts}
                </td>
                <td data-label={adminWords('mail.columns.next')} className={`${cell} whitespace-nowrap`}>
                  {m.status === 'pending' ? formatUtc(m.nextAttemptAt) : ''}
                </td>
                <td data-label={adminWords('mail.columns.error')} className={cell}>
                  {m.lastError ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminPage>
  );
}
