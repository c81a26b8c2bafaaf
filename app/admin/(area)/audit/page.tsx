import { PageLayout } from '@/components/layout/page-layout';
import Link from 'next/link';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit, listAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = { title: getMessages().admin.audit.title };

const PAGE_SIZE = 50;
const cell = 'border-b border-gray-300 px-2 py-2 align-top';
const linkClass = 'text-eu-blue underline focus:bg-eu-yellow focus:text-black focus:outline-none';

export default async function AuditLogPage({ searchParams }: { searchParams: PageSearchParams }) {
  const session = await requireAdmin();
  const messages = getMessages().admin;
  const t = messages.audit;
  const raw = (await searchParams).page;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(typeof raw === 'string' ? raw : '1', 10) || 1));
  const db = await getDb();
  const now = new Date();
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-audit', now });
  const { entries, total } = await listAudit(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const actionLabels: Record<string, string> = t.actions;
  const c = t.columns;
  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: messages.title, href: '/admin' }], current: t.title }}>
      <h1 className="mb-6 text-3xl font-bold">{t.title}</h1>
      {entries.length === 0 ? (
        <p className="text-lg">{t.none}</p>
      ) : (
        <div role="region" aria-labelledby="audit-caption" tabIndex={0} className="mb-6 overflow-x-auto focus:outline-4 focus:outline-eu-yellow">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="audit-caption" className="mb-2 text-left text-lg font-bold">{t.caption}</caption>
            <thead>
              <tr>
                {[c.at, c.actor, c.action, c.target, c.client].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-gray-900 px-2 py-2">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className={`${cell} whitespace-nowrap`}>{formatUtc(e.at)}</td>
                  <td className={`${cell} break-all`}>{e.actorEmail ?? t.actors[e.actor as keyof typeof t.actors] ?? e.actor}</td>
                  <td className={cell}>{actionLabels[e.action] ?? e.action}</td>
                  <td className={`${cell} break-all`}>{e.targetEmail ?? e.target ?? ''}</td>
                  <td className={cell}>{e.clientKey ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={messages.registrations.pagination} className="flex items-center gap-6">
          {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`} prefetch={false} className={linkClass}>{messages.registrations.previous}</Link> : null}
          <span>{messages.registrations.page(page, pages)}</span>
          {page < pages ? <Link href={`/admin/audit?page=${page + 1}`} prefetch={false} className={linkClass}>{messages.registrations.next}</Link> : null}
        </nav>
      ) : null}
    </PageLayout>
  );
}
