import type { ReactNode } from 'react';

type Props = {
  /** Shown above the heading, such as "Working Group 3" above the group's title. */
  caption?: string;
  /** The heading text's language where it is content shown untranslated (`"en"`); the caption keeps the page's. */
  lang?: string;
  /** The caption's language where it is content shown untranslated. */
  captionLang?: string;
  children: ReactNode;
};

/** The page's one h1, with an optional caption inside it so screen readers hear both. */
export function PageHeading({ caption, lang, captionLang, children }: Props) {
  return (
    <h1 className="mb-6 text-3xl leading-tight font-bold text-ink sm:text-4xl">
      {caption ? (
        <span className="mb-1 block text-lg font-normal text-ink-muted sm:text-xl" lang={captionLang}>
          {caption}
        </span>
      ) : null}
      {lang ? <span lang={lang}>{children}</span> : children}
    </h1>
  );
}

export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mt-10 mb-4 text-2xl font-bold text-ink">
      {children}
    </h2>
  );
}
