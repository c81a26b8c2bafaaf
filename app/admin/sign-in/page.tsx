import { PageLayout } from '@/components/layout/page-layout';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { getAdminSession } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';

export const metadata: Metadata = {
  // The form renders the <title> so that it can start with "Error: " (as the registration form does).
  title: { absolute: '' },
  robots: { index: false, follow: false },
};

export default async function SignInPage() {
  if (await getAdminSession()) redirect('/admin');
  const t = getMessages();
  return (
    <PageLayout breadcrumbs={{ ancestors: [], current: t.admin.signIn.title }}>
      <h1 className="mb-6 text-3xl font-bold">{t.admin.signIn.heading}</h1>
      <SignInForm documentTitle={`${t.admin.signIn.title}${t.common.titleSeparator}${t.admin.title}`} />
    </PageLayout>
  );
}
