import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminPage } from '@/components/admin/admin-page';
import { SignInForm } from '@/components/admin/sign-in-form';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { getAdminSession } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';

export const metadata: Metadata = {
  ...adminPageMetadata(getMessages().admin.signIn.title, '/admin/sign-in'),
  // The form renders the <title> so that it can start with "Error: " (as the registration form does).
  title: { absolute: '' },
};

export default async function SignInPage() {
  if (await getAdminSession()) redirect('/admin');
  const t = getMessages();
  return (
    <AdminPage>
      <h1 className="mb-6 text-3xl font-bold">{t.admin.signIn.heading}</h1>
      <SignInForm documentTitle={`${t.admin.signIn.title}${t.common.titleSeparator}${t.admin.title}`} />
    </AdminPage>
  );
}
