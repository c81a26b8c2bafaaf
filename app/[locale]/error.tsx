'use client';

import Link from 'next/link';
import { MAIN_CONTENT_ID } from '@/components/layout/main-content-id';
import { PrimaryNavBar } from '@/components/layout/primary-nav-bar';
import { SiteLogo } from '@/components/layout/site-logo';
import { PageHeading } from '@/components/ui/page-heading';
import { common } from '@/lib/i18n/messages/en/common';
import { errors } from '@/lib/i18n/messages/en/errors';

/**
 * The site's own page for an unexpected error under the root layout (S-OPS-4): the root layout's footer
 * stays, this page draws the header and navigation (pages draw their own, issue 12), and nothing of the
 * error reaches the visitor. Next answers it with status 500 and
 * logs the error with its digest (instrumentation.ts's onRequestError adds the request id). A client
 * component, so it imports only its own strings.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = errors;
  return (
    <>
      <header className="no-print">
        <div className="border-b border-rule bg-white">
          <div className="mx-auto max-w-5xl px-4 py-4">
            <Link href="/" className="flex items-center gap-3 text-ink no-underline hover:text-ink hover:underline">
              <SiteLogo className="h-12 w-12 shrink-0 sm:h-14 sm:w-14" />
              <span className="max-w-md leading-tight font-semibold sm:text-lg">{common.siteName}</span>
            </Link>
          </div>
        </div>
        <PrimaryNavBar labels={common.nav} />
      </header>
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
          <title>{t.unexpected.title}</title>
          <meta name="robots" content="noindex" />
          <PageHeading>{t.unexpected.title}</PageHeading>
          <p className="max-w-3xl text-lg">{t.unexpected.lead}</p>
          <p className="mt-4 max-w-3xl">{t.unexpected.later}</p>
          <p className="mt-8 flex flex-wrap items-center gap-6">
            <button type="button" onClick={() => reset()} className="button-link">
              {t.unexpected.tryAgain}
            </button>
            <Link href="/">{t.homeLink}</Link>
          </p>
        </main>
      </div>
    </>
  );
}
