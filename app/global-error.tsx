'use client';

import { useParams } from 'next/navigation';
import { Suspense, use, useMemo } from 'react';
import { MAIN_CONTENT_ID } from '@/components/layout/main-content-id';
import { loadErrorWords } from '@/lib/i18n/client-catalogue';
import './globals.css';

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * The last resort, when the root layout itself fails: it replaces the layout, so it writes its own
 * <html> and <body>, in the site's colours, with the header band, a skip link and a way home, in the
 * language of the address. A client component: its words are fetched when it is shown.
 */
export default function GlobalError({ reset }: Props) {
  const { locale } = useParams<{ locale?: string }>();
  const words = useMemo(() => loadErrorWords(locale), [locale]);
  return (
    <Suspense fallback={null}>
      <GlobalErrorDocument words={words} reset={reset} />
    </Suspense>
  );
}

function GlobalErrorDocument({ words, reset }: { words: ReturnType<typeof loadErrorWords>; reset: () => void }) {
  const { errors: t, common, locale } = use(words);
  const home = locale === 'en' ? '/' : `/${locale}`;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <title>{t('unexpected.title')}</title>
        <a href={`#${MAIN_CONTENT_ID}`} className="sr-only block bg-eu-yellow p-3 font-semibold text-ink focus:not-sr-only">
          {common('skipToContent')}
        </a>
        <header className="border-b-4 border-eu-yellow bg-eu-blue text-white">
          <div className="mx-auto max-w-5xl px-4 py-4">
            {/* A full page load, not a client navigation: the layout that failed must be fetched again. */}
            <a href={home} className="text-lg leading-snug font-bold text-white no-underline hover:underline sm:text-xl">
              {common('siteName')}
            </a>
          </div>
        </header>
        <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
            <h1 className="mb-6 text-3xl leading-tight font-bold text-ink sm:text-4xl">{t('unexpected.title')}</h1>
            <p className="max-w-3xl text-lg">{t('unexpected.lead')}</p>
            <p className="mt-4 max-w-3xl">{t('unexpected.later')}</p>
            <p className="mt-8 flex flex-wrap items-center gap-6">
              <button type="button" onClick={() => reset()} className="button-link">
                {t('unexpected.tryAgain')}
              </button>
              <a href={home}>{t('homeLink')}</a>
            </p>
          </main>
        </div>
      </body>
    </html>
  );
}
