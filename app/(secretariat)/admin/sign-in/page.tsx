import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminPage } from '@/components/admin/admin-page';
import { SignInForm } from '@/components/admin/sign-in-form';
import { SIGN_IN_FORM_MESSAGES } from '@/components/form/client-namespaces';
import { ClientMessages } from '@/components/language/client-messages';
import { adminPageMetadata } from '@/lib/admin/page-metadata';
import { adminWords } from '@/lib/admin/words';
import { getAdminSession } from '@/lib/auth/session';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { localeMetadata } from '@/lib/seo/site-metadata';

export const metadata: Metadata = {
  ...adminPageMetadata(adminWords('signIn.title'), '/admin/sign-in'),
  // The form renders the <title> so that it can start with "Error: " (as the registration form does).
  title: { absolute: '' },
};

export default async function SignInPage() {
  if (await getAdminSession()) redirect('/admin');
  const { separator } = await localeMetadata(DEFAULT_LOCALE);
  return (
    <AdminPage>
      <h1 className="mb-6 text-3xl font-bold">{adminWords('signIn.heading')}</h1>
      <ClientMessages namespaces={SIGN_IN_FORM_MESSAGES}>
        <SignInForm documentTitle={`${adminWords('signIn.title')}${separator}${adminWords('title')}`} />
      </ClientMessages>
    </AdminPage>
  );
}
