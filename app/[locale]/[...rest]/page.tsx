import { NotFoundPage, notFoundMetadata } from '@/components/layout/not-found-page';

/**
 * Any path under a language that no page answers: the site's own 404 page in that language, rather than
 * a bare framework page. proxy.ts rewrites every English path here too.
 */
export const generateMetadata = notFoundMetadata;

// Kept like the other pages (lib/site/freshness.ts), not for Next's default year: a cache in front (nginx)
// must not hold a 404 for a year after a page appears at that address.
export const revalidate = 1800;

/**
 * None built ahead; each address is rendered on its first request like the pages' other params. Without
 * this the route is dynamic, Next streams the page's shell with a 200 before the 404 of NotFoundPage is
 * known; rendered as a static page, the whole render finishes first and the answer is a 404.
 */
export function generateStaticParams(): { rest: string[] }[] {
  return [];
}

export default function UnknownPage() {
  return <NotFoundPage />;
}
