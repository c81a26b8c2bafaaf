'use client';

import Link from 'next/link';
import { MAIN_CONTENT_ID } from '@/components/layout/main-content-id';
import { PageHeading } from '@/components/ui/page-heading';
import { errors } from '@/lib/i18n/messages/en/errors';

/**
 * The site's own page for an unexpected error under the root layout (S-OPS-4): header, footer and
 * navigation stay, and nothing of the error reaches the visitor. Next answers it with status 500 and
 * logs the error with its digest (instrumentation.ts's onRequestError adds the request id). A client
 * component, so it imports only its own strings.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = errors;
  return (
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
  );
}
