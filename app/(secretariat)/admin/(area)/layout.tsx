import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requireAdmin } from '@/lib/auth/session';
import { adminWords } from '@/lib/admin/words';

export const metadata: Metadata = {
  title: adminWords('title'),
  robots: { index: false, follow: false },
};

/**
 * The signed-in area. It checks the session too, but a layout is not a security boundary (it is not
 * re-run on every navigation and does not cover route handlers or actions): every page, action and
 * route under /admin calls requireAdmin() itself, and renders its frame (components/admin/admin-page.tsx)
 * with the section it belongs to.
 */
export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return children;
}
