import type { Metadata } from 'next';
import Link from 'next/link';
import { eraseRegistrationAction } from '@/app/admin/(area)/actions';
import { AdminPage } from '@/components/admin/admin-page';
import { SummaryList } from '@/components/ui/summary-list';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { isRegistrationId } from '@/lib/admin/registration-detail';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { findRegistrationById } from '@/lib/db/registration-admin';
import { getMessages } from '@/lib/i18n';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return adminPageMetadata(getMessages().admin.erase.title, `/admin/registrations/${encodeURIComponent(id)}/erase`);
}

/** The confirmation step before erasing: what will go, and a button (a POST) that erases it. */
export default async function EraseRegistrationPage({ params }: Props) {
  const session = await requireAdmin();
  const t = getMessages().admin;
  const { id } = await params;
  const registration = isRegistrationId(id) ? await findRegistrationById(await getDb(), id) : null;
  const c = t.registrations.columns;

  if (!registration) {
    return (
      <AdminPage email={session.email} section="registrations" sectionPage={false} breadcrumbs={{ ancestors: [], current: t.erase.title }}>
        <h1 className="mb-6 text-3xl font-bold">{t.erase.title}</h1>
        <p className="mb-6 text-lg">{t.erase.notFound}</p>
        <Link href="/admin" prefetch={false}>
          {t.erase.cancel}
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
      breadcrumbs={{ ancestors: [{ label: t.detail.title(registration.reference), href: detailHref }], current: t.erase.title }}
    >
      <h1 className="mb-6 text-3xl font-bold">{t.erase.title}</h1>
      <SummaryList
        className="mb-6 max-w-3xl"
        rows={[
          { key: 'reference', label: c.reference, value: <span className="font-mono">{registration.reference}</span> },
          { key: 'name', label: c.name, value: registration.fullName },
          { key: 'email', label: c.email, value: <span className="break-all">{registration.email}</span> },
          { key: 'organisation', label: c.organisation, value: registration.organisation },
          { key: 'country', label: c.country, value: labels.country(registration.country) },
          { key: 'groups', label: c.groups, value: registration.groups.map(labels.group).join('; ') },
          { key: 'registered', label: c.registered, value: formatUtc(registration.createdAt) },
        ]}
      />
      <p className="mb-6 max-w-3xl border-l-8 border-danger bg-surface p-4 text-lg font-semibold">{t.erase.warning}</p>
      <form action={eraseRegistrationAction} className="flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={registration.id} />
        <button type="submit" className="button button-warning">
          {t.erase.confirm}
        </button>
        <Link href={detailHref} prefetch={false}>
          {t.erase.cancel}
        </Link>
      </form>
    </AdminPage>
  );
}
