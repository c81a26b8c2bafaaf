import { getMDXComponent } from 'mdx-bundler/client';
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
  className?: string;
};

/** Renders a compiled MDX body on the server with the site's one component map and typography. */
export function MdxContent({ code, className = '' }: Props) {
  if (!code) return null;
  // Called as a function, not mounted as <Component />: the compiled body is a pure render of its
  // components prop (no hooks, no state), and this keeps one element tree on the server.
  const content = componentFor(code)({ components: mdxComponents });
  return (
    <div
      className={`prose max-w-none [--tw-prose-body:var(--color-ink)] [--tw-prose-bullets:var(--color-ink-muted)] [--tw-prose-counters:var(--color-ink)] prose-headings:text-ink prose-a:text-eu-blue prose-a:font-normal prose-strong:text-ink ${className}`}
    >
      {content}
    </div>
  );
}
