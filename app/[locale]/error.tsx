'use client';

import { useParams } from 'next/navigation';
import { Suspense, use, useMemo } from 'react';
import { MAIN_CONTENT_ID } from '@/components/layout/main-content-id';
import { PrimaryNavBar } from '@/components/layout/primary-nav-bar';
import { SiteLogo } from '@/components/layout/site-logo';
import { PageHeading } from '@/components/ui/page-heading';
import { loadErrorWords } from '@/lib/i18n/client-catalogue';
import { localizedPath } from '@/i18n/paths';
import { PRIMARY_NAV } from '@/components/layout/primary-nav';

type Props = { error: Error & { digest?: string }; reset: () => void };

function ErrorContent({ words, reset }: { words: ReturnType<typeof loadErrorWords>; reset: () => void }) {
  const { errors: t, common, locale } = use(words);
  const home = localizedPath('/', locale);
  const labels = {
    label: common('nav.label'),
    ...Object.fromEntries(PRIMARY_NAV.map((item) => [item.key, common(`nav.${item.key}`)])),
  } as Parameters<typeof PrimaryNavBar>[0]['labels'];
  return (
    <>
      <header className="no-print">
        <div className="border-b border-rule bg-white">
          <div className="mx-auto max-w-5xl px-4 py-4">
            <a href={home} className="flex items-center gap-3 text-ink no-underline hover:text-ink hover:underline">
              <SiteLogo className="h-12 w-12 shrink-0 sm:h-14 sm:w-14" />
              <span className="max-w-md leading-tight font-semibold sm:text-lg">{common('siteName')}</span>
            </a>
          </div>
        </div>
        <PrimaryNavBar labels={labels} locale={locale} />
      </header>
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-8">
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
          <title>{t('unexpected.title')}</title>
          <meta name="robots" content="noindex" />
          <PageHeading>{t('unexpected.title')}</PageHeading>
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
    </>
  );
}

/**
 * The site's own page for an unexpected error under the root layout (S-OPS-4): the root layout's footer
 * stays, this page draws the header and navigation (pages draw their own, issue 12), and nothing of the
 * error reaches the visitor. Next answers it with status 500 and
 * logs the error with its digest (instrumentation.ts's onRequestError adds the request id). In the
 * language of the address; its words are fetched when it is shown, so no page carries them beforehand.
 */
export default function ErrorPage({ reset }: Props) {
  const { locale } = useParams<{ locale?: string }>();
  const words = useMemo(() => loadErrorWords(locale), [locale]);
  return (
    <Suspense fallback={null}>
      <ErrorContent words={words} reset={reset} />
    </Suspense>
  );
}
