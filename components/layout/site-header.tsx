import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';
import { getMessages } from '@/lib/i18n';
import { PrimaryNavBar } from './primary-nav-bar';
import { SiteLogo } from './site-logo';

type Props = {
  /** The Platform's short name ("DEI Platform") and full name, from content/platform.mdx. */
  shortName: string;
  siteName: string;
  /** The page's site-relative path, which marks the current section of the navigation; none on a 404. */
  path?: string;
  /** False on pages whose main content is a search form (the search page, the 404 page). */
  search?: boolean;
};

/**
 * The header of every public page, in the Europa manner: the site's identity on white, a labelled
 * search box, and the main navigation with the current section marked. Rendered by each page (through
 * PageLayout), not the root layout, because only the page knows where it is and the page stays static.
 */
export function SiteHeader({ shortName, siteName, path, search = true }: Props) {
  const t = getMessages().common;
  return (
    <header className="no-print">
      <div className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-x-8 gap-y-4 px-4 py-4">
          <Link href="/" className="flex items-center gap-3 text-ink no-underline hover:text-ink hover:underline">
            <SiteLogo className="h-12 w-12 shrink-0 sm:h-14 sm:w-14" />
            <span className="leading-tight">
              <span className="block text-2xl font-extrabold tracking-tight text-eu-blue">{shortName}</span>
              <span className="mt-0.5 block max-w-md text-sm sm:text-base">{siteName}</span>
            </span>
          </Link>
          {search ? <SearchForm inputId="site-search" compact /> : null}
        </div>
      </div>
      <PrimaryNavBar labels={t.nav} path={path} />
    </header>
  );
}
