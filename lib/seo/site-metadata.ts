import type { Metadata } from 'next';
import { FEED_PATH } from '@/lib/feed/paths';
import { getMessages } from '@/lib/i18n';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_PATH, SHARE_IMAGE_WIDTH } from './share-image';

/**
 * Pieces every page's metadata carries. Next merges metadata shallowly, so a page that sets
 * `alternates` or `openGraph` replaces the layout's: page-metadata.ts spreads these into its own.
 */
export const feedAlternateTypes = {
  'application/atom+xml': [{ url: FEED_PATH, title: getMessages().feeds.feedLinkTitle }],
} satisfies NonNullable<NonNullable<Metadata['alternates']>['types']>;

export const shareImages = [
  { url: SHARE_IMAGE_PATH, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: getMessages().feeds.openGraphImageAlt },
];
