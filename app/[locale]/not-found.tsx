import { NotFoundView } from '@/components/layout/not-found-view';

/**
 * The 404 page in the language of the address, where the browser renders a `notFound()` itself (a
 * client-side navigation, or the retry after NotFoundPage's server render). Next adds `noindex`.
 */
export default function NotFound() {
  return <NotFoundView withHead />;
}
