import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { describeActor, describeAuditAction, describeClient } from '@/lib/admin/audit-words';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit, listAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { adminWords } from '@/lib/admin/words';
import type { PageSearchParams } from '@/lib/site/search-params';
import { TableHead } from '@/components/admin/table-head';

export const metadata: Metadata = adminPageMetadata(adminWords('audit.title'), '/admin/audit');

const PAGE_SIZE = 50;
const cell = 'border-b border-rule px-2 py-2 align-top';

/** The audit log in words: when, who, what was done (a sentence), and from where. */
export default async function AuditLogPage({ searchParams }: { searchParams: PageSearchParams }) {
  const session = await requireAdmin();
  const raw = (await searchParams).page;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(typeof raw === 'string' ? raw : '1', 10) || 1));
  const db = await getDb();
  const now = new Date();
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-audit', now });
  const [{ entries, total }, labels] = await Promise.all([
    listAudit(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    getRegistrationLabels(now),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <AdminPage email={session.email} section="audit">
      <h1 className="mb-6 text-3xl font-bold">{adminWords('audit.title')}</h1>
      {entries.length === 0 ? (
        <p className="text-lg">{adminWords('audit.none')}</p>
      ) : (
        <table className="stacked-table mb-6 w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{adminWords('audit.caption')}</caption>
          <TableHead columns={[adminWords('audit.columns.at'), adminWords('audit.columns.actor'), adminWords('audit.columns.action'), adminWords('audit.columns.client')]} />
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td data-label={adminWords('audit.columns.at')} className={`${cell} whitespace-nowrap`}>
                  <time dateTime={e.at}>{formatUtc(e.at)}</time>
                </td>
                <td data-label={adminWords('audit.columns.actor')} className={`${cell} break-words`}>
                  {describeActor(e)}
                </td>
                <td data-label={adminWords('audit.columns.action')} className={cell}>
                  {describeAuditAction(e, labels)}
                </td>
                <td data-label={adminWords('audit.columns.client')} className={cell}>
                  {describeClient(e.clientKey)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav aria-label={adminWords('registrations.pagination')} className="flex items-center gap-6">
          {page > 1 ? (
            <Link href={`/admin/audit?page=${page - 1}`} prefetch={false}>
              {adminWords('registrations.previous')}
            </Link>
          ) : null}
          <span>{adminWords('registrations.page', { page, pages })}</span>
          {page < pages ? (
            <Link href={`/admin/audit?page=${page + 1}`} prefetch={false}>
              {adminWords('registrations.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </AdminPage>
  );
}
