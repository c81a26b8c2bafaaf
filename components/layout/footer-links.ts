import type { Messages } from '@/lib/i18n';
import { FEED_PATH } from '@/lib/feed/paths';

type FooterKey = Exclude<keyof Messages['common']['footer'], 'label' | 'statement' | 'runBy' | 'contactLine'>;

/**
 * The footer's support links, in order; labels come from the messages. Features that add a public
 * resource (the meetings feed) add one line here.
 */
export const FOOTER_LINKS: readonly { key: FooterKey; href: string }[] = [
  { key: 'privacy', href: '/privacy' },
  { key: 'accessibility', href: '/accessibility' },
  { key: 'manage', href: '/registration/manage' },
  { key: 'contact', href: '/contact' },
  { key: 'feed', href: FEED_PATH },
];
