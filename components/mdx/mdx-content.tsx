import { getMDXComponent } from 'mdx-bundler/client';
import { useLocale } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { mdxComponents } from './mdx-components';

type MdxComponent = ReturnType<typeof getMDXComponent>;

// Evaluating compiled MDX builds a new function; the same code always gives the same component.
const evaluated = new Map<string, MdxComponent>();

function componentFor(code: string): MdxComponent {
  let component = evaluated.get(code);
  if (!component) {
    component = getMDXComponent(code);
    evaluated.set(code, component);
  }
  return component;
}

type Props = {
  /** Compiled code from mdx-bundler; an empty body renders nothing. */
  code: string;
  /** The language the body is written in (`item.locale`): marked on it where it is not the page's. */
  locale?: Locale;
  className?: string;
};

/** Renders a compiled MDX body on the server with the site's one component map and typography. */
export function MdxContent({ code, locale, className = '' }: Props) {
  const pageLocale = useLocale();
  if (!code) return null;
  const foreign = locale !== undefined && locale !== pageLocale;
  // Called as a function, not mounted as <Component />: the compiled body is a pure render of its
  // components prop (no hooks, no state), and this keeps one element tree on the server.
  const content = componentFor(code)({ components: mdxComponents(foreign ? pageLocale : undefined) });
  return (
    <div
      lang={foreign ? locale : undefined}
      className={`prose max-w-none [--tw-prose-body:var(--color-ink)] [--tw-prose-bullets:var(--color-ink-muted)] [--tw-prose-counters:var(--color-ink)] prose-headings:text-ink prose-a:text-eu-blue prose-a:font-normal prose-strong:text-ink ${className}`}
    >
      {content}
    </div>
  );
}
