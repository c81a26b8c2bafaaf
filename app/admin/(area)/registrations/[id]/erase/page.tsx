import { PageLayout } from '@/components/layout/page-layout';
import Link from 'next/link';
import { eraseRegistrationAction } from '@/app/admin/(area)/actions';
import { getRegistrationLabels } from '@/lib/admin/labels';
import { formatUtc } from '@/lib/admin/registrations-view';
import { requireAdmin } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { findRegistrationById } from '@/lib/db/registration-admin';
import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n';

export const metadata: Metadata = { title: getMessages().admin.erase.title };

export default async function EraseRegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const t = getMessages().admin;
  const { id } = await params;
  const registration = /^[0-9a-f-]{36}$/.test(id) ? await findRegistrationById(await getDb(), id) : null;
  const c = t.registrations.columns;
  const back = 'text-eu-blue underline focus:bg-eu-yellow focus:text-black focus:outline-none';

  if (!registration) {
    return (
      <PageLayout breadcrumbs={{ ancestors: [{ label: t.title, href: '/admin' }], current: t.erase.title }}>
        <h1 className="mb-6 text-3xl font-bold">{t.erase.title}</h1>
        <p className="mb-6 text-lg">{t.erase.notFound}</p>
        <Link href="/admin" prefetch={false} className={back}>{t.erase.cancel}</Link>
      </PageLayout>
    );
  }
  const labels = await getRegistrationLabels(new Date());
  const rows: [string, string][] = [
    [c.reference, registration.reference],
    [c.name, registration.fullName],
    [c.email, registration.email],
    [c.organisation, registration.organisation],
    [c.country, labels.country(registration.country)],
    [c.groups, registration.groups.map(labels.group).join('; ')],
    [c.registered, formatUtc(registration.createdAt)],
  ];
  return (
    <PageLayout breadcrumbs={{ ancestors: [{ label: t.title, href: '/admin' }], current: t.erase.title }}>
      <h1 className="mb-6 text-3xl font-bold">{t.erase.title}</h1>
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-6 border-l-8 border-red-700 bg-red-50 p-4 text-lg font-semibold">{t.erase.warning}</p>
      <form action={eraseRegistrationAction} className="flex flex-wrap items-center gap-6">
        <input type="hidden" name="id" value={registration.id} />
        <button type="submit" className="bg-red-700 px-5 py-3 text-lg font-bold text-white focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow">
          {t.erase.confirm}
        </button>
        <Link href="/admin" prefetch={false} className={back}>{t.erase.cancel}</Link>
      </form>
    </PageLayout>
  );
}
