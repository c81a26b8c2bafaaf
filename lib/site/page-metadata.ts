import type { Metadata } from 'next';
import { localizedPath } from '@/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import { canonicalPath, languageAlternates } from '@/lib/seo/alternates';
import { localeMetadata } from '@/lib/seo/site-metadata';

type PageMetadataInput = {
  /** The page's own title; the layout's template appends the site's short name. */
  title: string;
  description: string;
  /** Site-relative path of the page in its English form, such as /meetings; made absolute by metadataBase. */
  path: string;
  siteName: string;
  /** The interface language of the page. */
  locale: Locale;
  /**
   * The languages the page's content exists in (`item.locales`), for its `hreflang` alternates and its
   * canonical; omitted for pages made of the interface alone, which exist in every language.
   */
  languages?: readonly Locale[];
  /** Open Graph type: 'website' for index pages, 'article' for a single item. */
  type?: 'website' | 'article';
};

/**
 * The metadata every page carries: title, description, canonical URL, `hreflang` alternates for the
 * translations that exist, the feed in the page's language, and Open Graph tags, built one way so that no
 * page forgets one of them.
 */
export async function pageMetadata({ title, description, path, siteName, locale, languages, type = 'website' }: PageMetadataInput): Promise<Metadata> {
  const parts = await localeMetadata(locale);
  return {
    title,
    description,
    alternates: {
      canonical: canonicalPath(path, locale, languages),
      languages: languageAlternates(path, languages),
      types: parts.feedTypes,
    },
    openGraph: { title, description, url: localizedPath(path, locale), type, siteName, images: parts.images },
  };
}
