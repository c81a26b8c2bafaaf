'use client';

import { MAIN_CONTENT_ID } from '@/components/layout/main-content-id';
import { common } from '@/lib/i18n/messages/en/common';
import { errors } from '@/lib/i18n/messages/en/errors';
import './globals.css';

/**
 * The last resort, when the root layout itself fails: it replaces the layout, so it writes its own
 * <html> and <body>, in the site's colours, with the header band, a skip link and a way home. A client
 * component, so it imports only the strings it shows.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = errors;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <title>{t.unexpected.title}</title>
        <a href={`#${MAIN_CONTENT_ID}`} className="sr-only block bg-eu-yellow p-3 font-semibold text-ink focus:not-sr-only">
          {common.skipToContent}
        </a>
        <header className="border-b-4 border-eu-yellow bg-eu-blue text-white">
          <div className="mx-auto max-w-5xl px-4 py-4">
            {/* A full page load, not a client navigation: the layout that failed must be fetched again. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="text-lg leading-snug font-bold text-white no-underline hover:underline sm:text-xl">
              {common.siteName}
            </a>
          </div>
        </header>
        <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
            <h1 className="mb-6 text-3xl leading-tight font-bold text-ink sm:text-4xl">{t.unexpected.title}</h1>
            <p className="max-w-3xl text-lg">{t.unexpected.lead}</p>
            <p className="mt-4 max-w-3xl">{t.unexpected.later}</p>
            <p className="mt-8 flex flex-wrap items-center gap-6">
              <button type="button" onClick={() => reset()} className="button-link">
                {t.unexpected.tryAgain}
              </button>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/">{t.homeLink}</a>
            </p>
          </main>
        </div>
      </body>
    </html>
  );
}
