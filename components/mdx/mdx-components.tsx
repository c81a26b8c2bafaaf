import Link from 'next/link';
import type { ComponentProps } from 'react';
import { RetentionPeriods } from './retention-periods';
import { SecretariatContact } from './secretariat-contact';

/** A site link goes through next/link; anything else is a plain anchor. */
function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/** The page owns its single h1, so a heading written as `#` in content becomes a section heading. */
function MdxH1(props: ComponentProps<'h1'>) {
  return <h2 {...props} />;
}

/** The one map of components every MDX body renders with. */
export const mdxComponents = {
  a: MdxLink,
  h1: MdxH1,
  RetentionPeriods,
  SecretariatContact,
};
