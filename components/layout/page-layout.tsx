import type { ReactNode } from 'react';
import type { BreadcrumbLink } from './breadcrumb-trail';
import { Breadcrumbs } from './breadcrumbs';
import { MAIN_CONTENT_ID } from './skip-link';

type Props = {
  /** Omitted on the home page only. */
  breadcrumbs?: { ancestors?: readonly BreadcrumbLink[]; current: string };
  children: ReactNode;
};

/**
 * Breadcrumbs sit before <main>, as on GOV.UK, so "Skip to main content" lands on the page's h1.
 */
export function PageLayout({ breadcrumbs, children }: Props) {
  return (
    <>
      {breadcrumbs ? <Breadcrumbs ancestors={breadcrumbs.ancestors} current={breadcrumbs.current} /> : null}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
    </>
  );
}
