import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireAdmin } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';

export const metadata: Metadata = {
  title: getMessages().admin.title,
  robots: { index: false, follow: false },
};

/**
 * The signed-in shell. It checks the session too, but a layout is not a security boundary (it is not
 * re-run on every navigation and does not cover route handlers or actions): every page, action and
 * route under /admin calls requireAdmin() itself.
 */
export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  const session = await requireAdmin();
  return (
    <>
      <AdminNav email={session.email} />
      {children}
    </>
  );
}
