import type { ReactNode } from 'react';
import { getPlatform } from '@/lib/content';
import type { BreadcrumbLink } from './breadcrumb-trail';
import { Breadcrumbs } from './breadcrumbs';
import { PrintHeader } from './print-header';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID } from './skip-link';

type Props = {
  /** The page's site-relative path (`/meetings/abc`): marks the navigation's current section. */
  path?: string;
  /** Omitted on the home page only. */
  breadcrumbs?: { ancestors?: readonly BreadcrumbLink[]; current: string };
  /** False where the page's own content is a search form, so that a page has one search box. */
  search?: boolean;
  children: ReactNode;
};

/**
 * Every public page's frame: the header (which knows the current section from `path`), the print-only
 * site line, the breadcrumbs, and <main>. Breadcrumbs sit before <main>, as on GOV.UK, so "Skip to main
 * content" lands on the page's h1. The root layout adds the skip link before and the footer after.
 */
export async function PageLayout({ path, breadcrumbs, search = true, children }: Props) {
  const platform = await getPlatform();
  return (
    <>
      <SiteHeader shortName={platform.shortTitle} siteName={platform.title} path={path} search={search} />
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">
        <PrintHeader siteName={platform.title} shortName={platform.shortTitle} path={path} />
        {breadcrumbs ? <Breadcrumbs ancestors={breadcrumbs.ancestors} current={breadcrumbs.current} /> : null}
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
