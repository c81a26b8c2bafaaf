import { useLocale } from 'next-intl';
import type { AnchorHTMLAttributes } from 'react';
import { localizedPath } from './paths';

export { localizedPath } from './paths';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string };

/**
 * A link to a site path in the page's language (`href` written in its English form): a plain `<a>`, so a
 * following page loads as a whole document, as it does without JavaScript. Not `next/link`: that is a
 * client component, hydrated once per link (a page carries 30 to 60), and it prefetches every link that
 * scrolls into view, about 14 requests on a content page that a reader who stays never needs (decision
 * 0167). A server component (next-intl's own `Link` would need its provider on every page); client
 * components get their hrefs already localised, as props.
 */
export function Link({ href, ...props }: LinkProps) {
  const locale = useLocale();
  return <a href={localizedPath(href, locale)} {...props} />;
}
