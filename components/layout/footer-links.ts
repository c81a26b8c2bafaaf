import type { Messages } from '@/lib/i18n';

type FooterKey = Exclude<keyof Messages['common']['footer'], 'label' | 'statement'>;

/**
 * The footer's support links, in order; labels come from the messages. Features that add a public
 * resource (the meetings feed) add one line here.
 */
export const FOOTER_LINKS: readonly { key: FooterKey; href: string }[] = [
  { key: 'privacy', href: '/privacy' },
  { key: 'accessibility', href: '/accessibility' },
];
