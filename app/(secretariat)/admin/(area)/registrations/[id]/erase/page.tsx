import type { Metadata } from 'next';
import Link from 'next/link';
import { eraseRegistrationAction } from '@/app/(secretariat)/admin/(area)/actions';
import { AdminPage } from '@/components/admin/admin-page';
import { SummaryList } from '@/components/ui/summary-list';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { isRegistrationId } from '@/lib/admin/registration-detail';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { findRegistrationById } from '@/lib/db/registration-admin';
import { adminWords } from '@/lib/admin/words';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return adminPageMetadata(adminWords('erase.title'), `/admin/registrations/${encodeURIComponent(id)}/erase`);
}

/** The confirmation step before erasing: what will go, and a button (a POST) that erases it. */
export default async function EraseRegistrationPage({ params }: Props) {
  const session = await requireAdmin();
  const { id } = await params;
  const registration = isRegistrationId(id) ? await findRegistrationById(await getDb(), id) : null;

  if (!registration) {
    return (
      <AdminPage email={session.email} section="registrations" sectionPage={false} breadcrumbs={{ ancestors: [], current: adminWords('erase.title') }}>
        <h1 className="mb-6 text-3xl font-bold">{adminWords('erase.title')}</h1>
        <p className="mb-6 text-lg">{adminWords('erase.notFound')}</p>
        <Link href="/admin" prefetch={false}>
          {adminWords('erase.cancel')}
        </Link>
      </AdminPage>
    );
  }
  const labels = await getRegistrationLabels(new Date());
  const detailHref = `/admin/registrations/${registration.id}`;
  return (
    <AdminPage
      email={session.email}
      section="registrations"
      sectionPage={false}
      breadcrumbs={{ ancestors: [{ label: adminWords('detail.title', { reference: registration.reference }), href: detailHref }], current: adminWords('erase.title') }}
    >
      <h1 className="mb-6 text-3xl font-bold">{adminWords('erase.title')}</h1>
      <SummaryList
        className="mb-6 max-w-3xl"
        rows={[
          { key: 'reference', label: adminWords('registrations.columns.reference'), value: <span className="font-mono">{registration.reference}</span> },
          { key: 'name', label: adminWords('registrations.columns.name'), value: registration.fullName },
          { key: 'email', label: adminWords('registrations.columns.email'), value: <span className="break-all">{registration.email}</span> },
          { key: 'organisation', label: adminWords('registrations.columns.organisation'), value: registration.organisation },
          { key: 'country', label: adminWords('registrations.columns.country'), value: labels.country(registration.country) },
          { key: 'groups', label: adminWords('registrations.columns.groups'), value: registration.groups.map(labels.group).join('; ') },
          { key: 'registered', label: adminWords('registrations.columns.registered'), value: formatUtc(registration.createdAt) },
        ]}
      />
      <p className="mb-6 max-w-3xl border-l-8 border-danger bg-surface p-4 text-lg font-semibold">{adminWords('erase.warning')}</p>
      <form action={eraseRegistrationAction} className="flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={registration.id} />
        <button type="submit" className="button button-warning">
          {adminWords('erase.confirm')}
        </button>
        <Link href={detailHref} prefetch={false}>
          {adminWords('erase.cancel')}
        </Link>
      </form>
    </AdminPage>
  );
}
