import type { Metadata } from 'next';
import { localizedPath } from '@/i18n/paths';
import { FEED_PATH } from '@/lib/feed/paths';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_PATH, SHARE_IMAGE_WIDTH } from './share-image';

export type LocaleMetadata = {
  /** The feed of that language, announced by every page (`<link rel="alternate" type="application/atom+xml">`). */
  feedTypes: NonNullable<NonNullable<Metadata['alternates']>['types']>;
  /** The share image, described in that language. */
  images: NonNullable<NonNullable<Metadata['openGraph']>['images']>;
  /** Between a page's title and the site's name in <title>: " – ". */
  separator: string;
};

const made = new Map<Locale, Promise<LocaleMetadata>>();

/**
 * Pieces every page's metadata carries, in the page's language. Next merges metadata shallowly, so a page
 * that sets `alternates` or `openGraph` replaces the layout's: lib/site/page-metadata.ts spreads these
 * into its own.
 */
export function localeMetadata(locale: Locale): Promise<LocaleMetadata> {
  let parts = made.get(locale);
  if (!parts) {
    parts = Promise.all([getTranslator(locale, 'feeds'), getTranslator(locale, 'common')]).then(([feeds, common]) => ({
      feedTypes: { 'application/atom+xml': [{ url: localizedPath(FEED_PATH, locale), title: feeds('feedLinkTitle') }] },
      images: [{ url: SHARE_IMAGE_PATH, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: feeds('openGraphImageAlt') }],
      separator: common('titleSeparator'),
    }));
    made.set(locale, parts);
  }
  return parts;
}
