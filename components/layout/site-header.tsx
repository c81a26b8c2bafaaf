import Link from 'next/link';
import type { ReactNode } from 'react';
import { getMessages } from '@/lib/i18n';
import { PRIMARY_NAV } from './primary-nav';

type Props = {
  siteName: string;
  /** The place kept for the site search box (built by the search feature); nothing renders when absent. */
  search?: ReactNode;
};

export function SiteHeader({ siteName, search }: Props) {
  const t = getMessages().common;
  return (
    <header className="no-print border-b-4 border-eu-yellow bg-eu-blue text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link
          href="/"
          className="max-w-2xl text-lg leading-snug font-bold text-white no-underline hover:text-white hover:underline sm:text-xl"
        >
          {siteName}
        </Link>
        {search ? <div className="w-full sm:w-auto">{search}</div> : null}
      </div>
      <nav aria-label={t.nav.label} className="border-t border-white/40">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
          {PRIMARY_NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block py-1.5 font-semibold text-white hover:text-white">
                {t.nav[item.key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
