import { notFound } from 'next/navigation';

/**
 * Any path under a language that no page answers: the site's own 404 page in that language (not-found.tsx
 * beside the layout), rather than a bare framework page. proxy.ts rewrites every English path here too.
 */
export default function UnknownPage() {
  notFound();
}
