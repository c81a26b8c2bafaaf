import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/(secretariat)/admin/(area)/actions';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import type { BreadcrumbLink } from '@/components/layout/breadcrumb-trail';
import { SiteLogo } from '@/components/layout/site-logo';
import { MAIN_CONTENT_ID } from '@/components/layout/skip-link';
import { getPlatform } from '@/lib/content';
import { adminWords } from '@/lib/admin/words';
import { ADMIN_NAV, type AdminSection } from './admin-nav';

type Props = {
  /** The signed-in member; absent on the sign-in page, which has no navigation. */
  email?: string;
  /** The section this page belongs to, marked in the navigation. */
  section?: AdminSection;
  /** `page` when this is the section's own page, `true` below it (a registration's detail). */
  sectionPage?: boolean;
  /** Pages below a section: the trail starts at that section. */
  breadcrumbs?: { ancestors: readonly BreadcrumbLink[]; current: string };
  children: ReactNode;
};

/**
 * The secretariat's workspace frame: its own header and navigation (current section marked) and a
 * full-width main area for wide tables, instead of the public site's reading column.
 */
export async function AdminPage({ email, section, sectionPage = true, breadcrumbs, children }: Props) {
  const platform = await getPlatform();
  return (
    <>
      <header className="no-print bg-eu-blue text-white">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 lg:px-8">
          <p className="flex items-center gap-3">
            <SiteLogo className="h-10 w-10 shrink-0" />
            <span className="leading-tight">
              <Link href="/" prefetch={false} className="font-extrabold text-white hover:text-white">
                {platform.shortTitle}
              </Link>
              <span className="block text-sm">{adminWords('title')}</span>
            </span>
          </p>
        </div>
        {email ? (
          <nav aria-label={adminWords('nav.label')} className="bg-eu-blue-dark">
            <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 px-2 lg:px-6">
              <ul className="flex flex-wrap">
                {ADMIN_NAV.map((item) => {
                  const current = item.section === section ? (sectionPage ? 'page' : 'true') : undefined;
                  return (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        prefetch={false}
                        aria-current={current}
                        className={`block border-b-4 px-2 pt-3 pb-2 font-semibold text-white no-underline hover:text-white hover:underline ${
                          current ? 'border-eu-yellow' : 'border-transparent'
                        }`}
                      >
                        {adminWords(`nav.${item.key}`)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-2 pb-2 sm:pb-0">
                <span className="text-sm break-all">{adminWords('nav.signedInAs', { email })}</span>
                <form action={signOutAction}>
                  <button type="submit" className="button button-secondary min-h-0 px-3 py-1 text-base shadow-none">
                    {adminWords('nav.signOut')}
                  </button>
                </form>
              </div>
            </div>
          </nav>
        ) : null}
      </header>
      <div className="w-full flex-1 px-4 pt-6 pb-8 lg:px-8">
        {breadcrumbs ? <Breadcrumbs root={{ label: adminWords('title'), href: '/admin' }} ancestors={breadcrumbs.ancestors} current={breadcrumbs.current} /> : null}
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
