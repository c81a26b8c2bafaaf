import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { NotFoundView } from './not-found-view';

function Missing(): never {
  notFound();
}

/**
 * What a public page returns for an address that does not exist (an unknown path, meeting, group or
 * organiser): HTTP 404 with the whole 404 page in the served HTML.
 *
 * Why not `notFound()` at the top of the page: every public page has `app/[locale]/layout.tsx` as its root
 * layout (the secretariat has another), and Next 16.3+ answers a `notFound()` that reaches the response's
 * shell with an empty `<html id="__next_error__">` document when the app has several root layouts (no
 * `lang`, no heading, nothing without JavaScript; vercel/next.js#62228, #59180). Thrown inside a Suspense
 * boundary instead, it leaves the shell (the layout, `<html lang>`) whole: React writes the boundary's
 * fallback, this same 404 page, into the HTML, Next still answers 404, and the browser's retry renders
 * app/[locale]/not-found.tsx, the same page.
 */
export function NotFoundPage() {
  return (
    <Suspense fallback={<NotFoundView />}>
      <Missing />
    </Suspense>
  );
}

/** The metadata of a NotFoundPage: the 404 page's title and description, never indexed, no canonical link. */
export async function notFoundMetadata(): Promise<Metadata> {
  const t = await getTranslations('pages.notFound');
  return { title: t('title'), description: t('description'), robots: { index: false, follow: true } };
}
