import type { Metadata } from 'next';

type PageMetadataInput = {
  /** The page's own title; the layout's template appends the site's short name. */
  title: string;
  description: string;
  /** Site-relative path of the page, such as /meetings; made absolute by the layout's metadataBase. */
  path: string;
  siteName: string;
  /** Open Graph type: 'website' for index pages, 'article' for a single item. */
  type?: 'website' | 'article';
};

/**
 * The metadata every page carries: title, description, canonical URL and Open Graph tags, built one way
 * so that no page forgets one of them.
 */
export function pageMetadata({ title, description, path, siteName, type = 'website' }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type, siteName },
  };
}
