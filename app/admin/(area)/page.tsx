import { PageLayout } from '@/components/layout/page-layout';
import Link from 'next/link';
import { BarChart } from '@/components/admin/bar-chart';
import { RegistrationFiltersForm } from '@/components/admin/registration-filters';
import { auditFilters, filtersToQuery, parseFilters } from '@/lib/admin/filters';
import { formatUtc, getRegistrationsView } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n';
import type { PageSearchParams } from '@/lib/site/search-params';

export const metadata: Metadata = { title: getMessages().admin.registrations.title };

const linkClass = 'text-eu-blue underline focus:bg-eu-yellow focus:text-black focus:outline-none';
const cell = 'border-b border-gray-300 px-2 py-2 align-top';

export default async function RegistrationsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const session = await requireAdmin();
  const t = getMessages().admin;
  const params = await searchParams;
  const filters = parseFilters(params);
  const db = await getDb();
  const now = new Date();
  const view = await getRegistrationsView(db, filters, now);
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-registrations', target: { filters: auditFilters(filters) }, now });
  const erased = typeof params.erased === 'string' ? params.erased : null;
  const c = t.registrations.columns;

  return (
    <PageLayout breadcrumbs={{ ancestors: [], current: t.registrations.title }}>
      <h1 className="mb-6 text-3xl font-bold">{t.registrations.title}</h1>
      {erased ? (
        <div role="status" className="mb-6 border-l-8 border-green-700 bg-green-50 p-4 font-semibold">
          {erased === 'none' ? t.erase.notFound : t.erase.done(erased)}
        </div>
      ) : null}
      <RegistrationFiltersForm filters={filters} labels={view.labels} />

      <p className="mb-2">{t.registrations.count(view.rows.length, view.total)}</p>
      <p className="mb-6">
        <a href={`/admin/export${filtersToQuery(filters, { page: 1 })}`} className={linkClass} download>
          {t.registrations.export}
        </a>
      </p>

      {view.rows.length === 0 ? (
        <p className="mb-8 text-lg">{t.registrations.none}</p>
      ) : (
        <div role="region" aria-labelledby="registrations-caption" tabIndex={0} className="mb-6 overflow-x-auto focus:outline-4 focus:outline-eu-yellow">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="registrations-caption" className="mb-2 text-left text-lg font-bold">{t.registrations.tableCaption}</caption>
            <thead>
              <tr>
                {[c.reference, c.name, c.email, c.organisation, c.country, c.type, c.groups, c.status, c.registered, c.actions].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-gray-900 px-2 py-2">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${cell} font-mono`}>{r.reference}</th>
                  <td className={cell}>{r.fullName}</td>
                  <td className={`${cell} break-all`}>{r.email}</td>
                  <td className={cell}>{r.organisation}</td>
                  <td className={cell}>{view.labels.country(r.country)}</td>
                  <td className={cell}>{view.labels.type(r.organisationType)}</td>
                  <td className={cell}>{r.groups.map(view.labels.group).join('; ')}</td>
                  <td className={cell}>{r.confirmedAt ? t.registrations.confirmed : t.registrations.unconfirmed}</td>
                  <td className={`${cell} whitespace-nowrap`}>{formatUtc(r.createdAt)}</td>
                  <td className={cell}>
                    <Link href={`/admin/registrations/${r.id}/erase`} prefetch={false} className={linkClass}>
                      {t.registrations.erase}
                      <span className="sr-only">{t.registrations.eraseForSuffix(r.fullName)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {view.pages > 1 ? (
        <nav aria-label={t.registrations.pagination} className="mb-8 flex items-center gap-6">
          {view.page > 1 ? (
            <Link href={`/admin${filtersToQuery(filters, { page: view.page - 1 })}`} prefetch={false} className={linkClass}>{t.registrations.previous}</Link>
          ) : null}
          <span>{t.registrations.page(view.page, view.pages)}</span>
          {view.page < view.pages ? (
            <Link href={`/admin${filtersToQuery(filters, { page: view.page + 1 })}`} prefetch={false} className={linkClass}>{t.registrations.next}</Link>
          ) : null}
        </nav>
      ) : null}

      <h2 className="mb-4 text-2xl font-bold">{t.registrations.chartsHeading}</h2>
      <BarChart id="chart-groups" title={t.registrations.byGroup} data={view.byGroup} />
      <BarChart id="chart-countries" title={t.registrations.byCountry} data={view.byCountry} />
    </PageLayout>
  );
}
