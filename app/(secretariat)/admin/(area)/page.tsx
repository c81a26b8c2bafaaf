import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { BarChart } from '@/components/admin/bar-chart';
import { RegistrationFiltersForm } from '@/components/admin/registration-filters';
import { RegistrationsTable } from '@/components/admin/registrations-table';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { auditFilters, filtersToQuery, PAGE_SIZE, parseFilters } from '@/lib/admin/filters';
import { getRegistrationsView } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { adminWords } from '@/lib/admin/words';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = adminPageMetadata(adminWords('registrations.title'), '/admin');

const pageLink = 'inline-block py-1';

export default async function RegistrationsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const session = await requireAdmin();
  const params = await searchParams;
  const filters = parseFilters(params);
  const db = await getDb();
  const now = new Date();
  const view = await getRegistrationsView(db, filters, now);
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-registrations', target: { filters: auditFilters(filters) }, now });
  const erased = typeof params.erased === 'string' ? params.erased : null;
  const first = (view.page - 1) * PAGE_SIZE + 1;

  return (
    <AdminPage email={session.email} section="registrations">
      <h1 className="mb-6 text-3xl font-bold">{adminWords('registrations.title')}</h1>
      {erased ? (
        <div role="status" className="mb-6 border-l-8 border-[#00703c] bg-[#e5f1eb] p-4 font-semibold">
          {erased === 'none' ? adminWords('erase.notFound') : adminWords('erase.done', { reference: erased })}
        </div>
      ) : null}
      <RegistrationFiltersForm filters={filters} labels={view.labels} />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <div>
          <p className="text-lg font-bold" id="registrations-count">
            {filtersToQuery(filters) ? adminWords('registrations.matches', { total: view.total }) : adminWords('registrations.total', { total: view.total })}
          </p>
          {view.total > PAGE_SIZE ? (
            <p>{adminWords('registrations.showing', { from: first, to: first + view.rows.length - 1, total: view.total })}</p>
          ) : null}
        </div>
        {view.total > 0 ? (
          <a href={`/admin/export${filtersToQuery(filters, { page: 1 })}`} className="button button-secondary" download>
            {adminWords('registrations.export', { total: view.total })}
          </a>
        ) : null}
      </div>

      {view.rows.length === 0 ? (
        <p className="mb-8 text-lg">{adminWords('registrations.none')}</p>
      ) : (
        <RegistrationsTable rows={view.rows} labels={view.labels} />
      )}

      {view.pages > 1 ? (
        <nav aria-label={adminWords('registrations.pagination')} className="mb-8 flex flex-wrap items-center gap-6">
          {view.page > 1 ? (
            <Link href={`/admin${filtersToQuery(filters, { page: view.page - 1 })}`} prefetch={false} className={pageLink}>
              {adminWords('registrations.previous')}
            </Link>
          ) : null}
          <span>{adminWords('registrations.page', { page: view.page, pages: view.pages })}</span>
          {view.page < view.pages ? (
            <Link href={`/admin${filtersToQuery(filters, { page: view.page + 1 })}`} prefetch={false} className={pageLink}>
              {adminWords('registrations.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}

      <section aria-labelledby="charts-heading" className="mt-10">
        <h2 id="charts-heading" className="mb-4 text-2xl font-bold">
          {adminWords('registrations.chartsHeading')}
        </h2>
        <div className="grid gap-10 lg:grid-cols-2">
          <BarChart id="chart-groups" title={adminWords('registrations.byGroup')} data={view.byGroup} />
          <BarChart id="chart-countries" title={adminWords('registrations.byCountry')} data={view.byCountry} />
        </div>
      </section>
    </AdminPage>
  );
}
