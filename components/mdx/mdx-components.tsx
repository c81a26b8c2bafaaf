import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { RetentionPeriods } from './retention-periods';
import { SecretariatContact } from './secretariat-contact';

/**
 * A site link goes through next/link to the page in the reader's language (content links are written as
 * English paths, decision 0130); anything else is a plain anchor.
 */
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

const maps = new Map<string, MDXComponents>();

/**
 * The one map of components every MDX body renders with. The statements' live parts (retention periods,
 * the secretariat's address) speak the interface's language: inside a body shown in English on another
 * language's page, they carry that language's `lang` (`interfaceLang`).
 */
export function mdxComponents(interfaceLang?: Locale): MDXComponents {
  const key = interfaceLang ?? '';
  let map = maps.get(key);
  if (!map) {
    map = {
      a: MdxLink,
      h1: MdxH1,
      RetentionPeriods: () => <RetentionPeriods lang={interfaceLang} />,
      SecretariatContact: () => <SecretariatContact lang={interfaceLang} />,
    };
    maps.set(key, map);
  }
  return map;
}
