import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { RegistrationDetails } from '@/components/admin/registration-details';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { getRegistrationDetail, isRegistrationId } from '@/lib/admin/registration-detail';
import { requireAdmin } from '@/lib/auth/session';
import { appendAudit } from '@/lib/db/audit-log';
import { getDb } from '@/lib/db/client';
import { adminWords } from '@/lib/admin/words';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return adminPageMetadata(adminWords('detail.documentTitle'), `/admin/registrations/${encodeURIComponent(id)}`);
}

/** One registration with everything stored about it, and the way to erase it. */
export default async function RegistrationPage({ params }: Props) {
  const session = await requireAdmin();
  const { id } = await params;
  const db = await getDb();
  const now = new Date();
  const detail = isRegistrationId(id) ? await getRegistrationDetail(db, id, now) : null;

  if (!detail) {
    return (
      <AdminPage email={session.email} section="registrations" sectionPage={false} breadcrumbs={{ ancestors: [], current: adminWords('detail.notFoundTitle') }}>
        <h1 className="mb-6 text-3xl font-bold">{adminWords('detail.notFoundTitle')}</h1>
        <p className="mb-6 text-lg">{adminWords('detail.notFound')}</p>
        <Link href="/admin" prefetch={false}>
          {adminWords('detail.back')}
        </Link>
      </AdminPage>
    );
  }
  await appendAudit(db, { actor: { accountId: session.accountId }, action: 'view-registration', target: { reference: detail.registration.reference }, now });
  return (
    <AdminPage
      email={session.email}
      section="registrations"
      sectionPage={false}
      breadcrumbs={{ ancestors: [], current: adminWords('detail.title', { reference: detail.registration.reference }) }}
    >
      <RegistrationDetails detail={detail} />
    </AdminPage>
  );
}
