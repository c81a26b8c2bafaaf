import NextLink from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { localizedPath } from './paths';

export { localizedPath } from './paths';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/**
 * `next/link` to a site path in the page's language (`href` written in its English form). A server
 * component: next-intl's own `Link` is a client component that needs its provider on every page, which
 * would add JavaScript to pages that ship none (S-PERF). Client components get their hrefs already
 * localised, as props.
 */
export function Link({ href, ...props }: LinkProps) {
  const locale = useLocale();
  return <NextLink href={localizedPath(href, locale)} {...props} />;
}
