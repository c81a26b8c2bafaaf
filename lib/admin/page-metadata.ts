import type { Metadata } from 'next';
import { adminWords } from './words';

/**
 * The metadata of a secretariat page: its title, the area's description, a canonical link and Open
 * Graph title like every page of the site (the same document rules apply, S-QUALITY), and never indexed.
 */
export function adminPageMetadata(title: string, path: string): Metadata {
  const description = adminWords('description');
  return {
    title,
    description,
    robots: { index: false, follow: false },
    alternates: { canonical: path },
    openGraph: { title, description, url: path },
  };
}
