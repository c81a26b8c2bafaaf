import type { Messages } from '@/lib/i18n/catalogues';
import { MANAGE_PATH } from '@/lib/mail/links';
import { FOLLOW_PATH } from '@/lib/site/paths';

type FooterKey = keyof Messages['common']['footer']['links'];

/**
 * The links of the footer's bottom row (the owner's statements, and the registrant's own page), in order;
 * labels come from the messages. A feature that adds such a page adds one line here.
 */
export const FOOTER_LINKS: readonly { key: FooterKey; href: string }[] = [
  { key: 'privacy', href: '/privacy' },
  { key: 'accessibility', href: '/accessibility' },
  { key: 'manage', href: MANAGE_PATH },
];

/** The footer's "Follow the Platform" column: the page that explains the feed and calendar subscriptions. */
export const FOLLOW_LINKS: readonly { key: Exclude<keyof Messages['common']['footer']['follow'], 'heading'>; href: string }[] = [
  { key: 'page', href: FOLLOW_PATH },
  { key: 'calendars', href: `${FOLLOW_PATH}#calendars` },
  { key: 'feed', href: `${FOLLOW_PATH}#feed` },
];
